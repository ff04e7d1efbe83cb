using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Modular.Identity.Provisioning;
using Modular.Modules;
using Modular.Modules.Web;
using Modular.Organizations.Accounts;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

/// <summary>党员账号: how many members of each organization have an account, provisioning for a subtree, and the batches' slip sheets.</summary>
[Authorize(Policy = Policies.RosterEditor)]
internal sealed class AccountsModel(MemberAccounts accounts, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<MemberAccounts.Progress> Progress { get; private set; } = [];
    public IReadOnlyList<ProvisioningBatches.BatchView> Batches { get; private set; } = [];
    /// <summary>What the provisioning just posted did.</summary>
    public MemberAccounts.Summary? Summary { get; private set; }
    public string Code => jurisdiction.Required.Code;
    private RosterActor Actor => RosterActor.From(User);

    public string OrganizationName(long id) => Progress.FirstOrDefault(p => p.OrganizationId == id)?.Name ?? $"#{id}";
    public string Local(DateTimeOffset at) => jurisdiction.Required.WallClock(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    public static string Percent(int part, int whole) => whole == 0 ? "0%" : $"{Math.Round(100.0 * part / whole)}%";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Progress = await accounts.ProgressAsync(Actor, ct);
        Batches = await accounts.BatchesAsync(Actor, ct);
    }

    public async Task<IActionResult> OnPostAsync(long? organizationId, CancellationToken ct)
    {
        var result = await accounts.ProvisionAsync(Actor, organizationId ?? 0, ct);
        if (result.Succeeded)
        {
            Summary = result.Value;
            Notice = Summary!.Created > 0
                ? Text.Of($"已开通 {Summary.Created} 个账号（另有 {Summary.AlreadyHadAccounts} 人已有账号，{Summary.Skipped.Count} 人未开通）。请立即取账号分发单（下载或打印，只能取一次）。",
                    $"{Summary.Created} accounts made ({Summary.AlreadyHadAccounts} members had one, {Summary.Skipped.Count} left without). Take the slip sheet now (download or print): it is handed out once.")
                : Text.Of($"没有需要开通的账号：{Summary.AlreadyHadAccounts} 人已有账号，{Summary.Skipped.Count} 人未开通。",
                    $"No account to make: {Summary.AlreadyHadAccounts} members have one, {Summary.Skipped.Count} left without.");
        }
        else
        {
            Errors.Add(result.Field ?? "organizationId", result.Message ?? "");
            Response.StatusCode = ResultHttp.StatusOf(result.Kind); // as the API answers
        }
        await OnGetAsync(ct);
        return Page();
    }
}
