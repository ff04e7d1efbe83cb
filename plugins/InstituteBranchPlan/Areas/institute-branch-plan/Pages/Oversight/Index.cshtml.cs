using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Oversight;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Oversight;

/// <summary>考核督导: each branch's checks, the members its records flag, the rectification list and its closing.</summary>
public sealed class IndexModel(OversightService oversight, BranchOffice office, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<BranchOversight> Branches { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "checked" => Text.Of("检查已登记，所选党员已列入整改清单。", "The check is recorded; the members chosen are on the rectification list."),
            "closed" => Text.Of("整改事项已销号。", "The item is closed."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(long branchId, DateOnly? checkedOn, string? findings, long[]? flagged, CancellationToken ct) =>
        await AfterPostAsync(await oversight.RecordAsync(new CheckInput(branchId, checkedOn, findings, flagged), ct), "checked", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostDoneAsync(long id, DateOnly? completedOn, string? evidence, int version, CancellationToken ct) =>
        await AfterPostAsync(await oversight.CompleteAsync(id, new CompleteInput(completedOn, evidence, version), ct), "closed", () => LoadAsync(ct));


    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Branches = await oversight.BranchesAsync(ct);
        foreach (var b in Branches)
            if (await office.MayRunAsync(b.BranchId, ct)) Runs.Add(b.BranchId);
    }
}
