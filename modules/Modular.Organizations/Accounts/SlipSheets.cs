using System.Globalization;
using Modular.Identity.Provisioning;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Organizations.Accounts;

/// <summary>
/// A batch's slip sheet (账号分发单) as an .xlsx to print and cut into slips: one row per member with their name,
/// organization, user name, initial password, where to sign in and "首次登录须修改密码". Written with the roster
/// export's writer (<see cref="RosterFile.WriteXlsx"/>). Handed out once: the identity module wipes the passwords as
/// it hands them over and logs the download; a second request finds them gone (the office resets passwords instead).
/// </summary>
internal sealed class SlipSheets(MemberAccounts accounts, ProvisioningBatches batches, IPublicUrls urls, IJurisdictionContext jurisdiction)
{
    public const string FirstSignInNotice = "首次登录须修改密码";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Headers = ["序号", "姓名", "所在组织", "用户名", "初始密码", "登录地址", "说明"];

    public enum Outcome { Handed, Gone, Refused }

    /// <param name="Refusal">Why not, when the batch is not the actor's or does not exist.</param>
    public sealed record Download(Outcome Outcome, byte[]? Xlsx, string FileName, ProvisioningBatches.BatchView? Batch, Result<ProvisioningBatches.BatchView>? Refusal);

    public async Task<Download> TakeAsync(RosterActor actor, long batchId, CancellationToken ct = default)
    {
        var allowed = await accounts.BatchAsync(actor, batchId, ct);
        var fileName = $"账号分发单-{batchId.ToString(CultureInfo.InvariantCulture)}.xlsx";
        if (!allowed.Succeeded) return new(Outcome.Refused, null, fileName, null, allowed);
        var signIn = $"{urls.Base}/account/login";
        var taken = await batches.TakeSlipsAsync(batchId, slips => RosterFile.WriteXlsx("账号分发单", Headers,
            slips.Select((s, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), s.Name, s.Organization, s.UserName, s.InitialPassword, signIn, FirstSignInNotice])), ct);
        return taken.State switch
        {
            ProvisioningBatches.SlipState.Handed => new(Outcome.Handed, taken.Sheet, fileName, taken.Batch, null),
            ProvisioningBatches.SlipState.AlreadyTaken => new(Outcome.Gone, null, fileName, taken.Batch, null),
            _ => new(Outcome.Refused, null, fileName, null, Refuse.NotFound(Text.Of($"没有编号为 {batchId} 的开通批次。", $"There is no provisioning batch {batchId}."))),
        };
    }

    /// <summary>What a second download is told: when and by whom the sheet was taken, and what to do now.</summary>
    public string GoneMessage(ProvisioningBatches.BatchView? batch)
    {
        var when = batch?.SlipsTakenAt is { } at ? jurisdiction.Required.WallClock(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
        var who = batch?.SlipsTakenBy ?? "";
        return Text.Of($"该批次的账号分发单已于 {when} 由 {who} 下载，初始密码随之删除，不能再次下载。如有遗失，请在“用户”页面为相关党员重置密码。",
            $"This batch's slip sheet was downloaded on {when} by {who}, and its initial passwords were deleted with it: it cannot be downloaded again. " +
            "If slips were lost, reset those members' passwords on the Users page.");
    }
}
