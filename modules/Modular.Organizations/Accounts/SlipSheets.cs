using System.Globalization;
using Modular.Identity.Provisioning;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Organizations.Accounts;

/// <summary>
/// A batch's slip sheet (账号分发单), to print and cut into slips: one per member with their name, organization, user
/// name, initial password, where to sign in and "首次登录须修改密码" — as an .xlsx written with the roster export's
/// writer (<see cref="RosterFile.WriteXlsx"/>), or as a page to print. Either way it is handed out once: the identity
/// module wipes the passwords as it hands them over and logs the download; a second request finds them gone (the
/// office resets passwords instead).
/// </summary>
internal sealed class SlipSheets(MemberAccounts accounts, ProvisioningBatches batches, IPublicUrls urls, IJurisdictionContext jurisdiction)
{
    public const string FirstSignInNotice = "首次登录须修改密码";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Headers = ["序号", "姓名", "所在组织", "用户名", "初始密码", "登录地址", "说明"];

    public enum Outcome { Handed, Gone, Refused }

    /// <param name="Refusal">Why not, when the batch is not the actor's or does not exist.</param>
    public sealed record Download<T>(Outcome Outcome, T? Sheet, ProvisioningBatches.BatchView? Batch, Result<ProvisioningBatches.BatchView>? Refusal);

    /// <summary>Where members sign in, as the slips print it.</summary>
    public string SignInAddress => $"{urls.Base}/account/login";

    public string FileName(long batchId) => $"账号分发单-{batchId.ToString(CultureInfo.InvariantCulture)}.xlsx";

    /// <summary>The sheet as an .xlsx, once.</summary>
    public Task<Download<byte[]>> XlsxAsync(RosterActor actor, long batchId, CancellationToken ct = default) =>
        TakeAsync(actor, batchId, slips => RosterFile.WriteXlsx("账号分发单", Headers, slips.Select((s, i) => (IReadOnlyList<string>)
            [(i + 1).ToString(CultureInfo.InvariantCulture), s.Name, s.Organization, s.UserName, s.InitialPassword, SignInAddress, FirstSignInNotice])), ct);

    /// <summary>The slips themselves, once, for the page that prints them.</summary>
    public Task<Download<IReadOnlyList<Slip>>> SlipsAsync(RosterActor actor, long batchId, CancellationToken ct = default) =>
        TakeAsync(actor, batchId, slips => slips, ct);

    private async Task<Download<T>> TakeAsync<T>(RosterActor actor, long batchId, Func<IReadOnlyList<Slip>, T> render, CancellationToken ct)
    {
        var allowed = await accounts.BatchAsync(actor, batchId, ct);
        if (!allowed.Succeeded) return new(Outcome.Refused, default, null, allowed);
        var taken = await batches.TakeSlipsAsync(batchId, render, ct);
        return taken.State switch
        {
            ProvisioningBatches.SlipState.Handed => new(Outcome.Handed, taken.Sheet, taken.Batch, null),
            ProvisioningBatches.SlipState.AlreadyTaken => new(Outcome.Gone, default, taken.Batch, null),
            _ => new(Outcome.Refused, default, null, Refuse.NotFound(Text.Of($"没有编号为 {batchId} 的开通批次。", $"There is no provisioning batch {batchId}."))),
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
