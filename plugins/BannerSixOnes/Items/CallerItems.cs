using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Items;

/// <summary>
/// An item as the API serves it to the signed-in user: its per-organization progress (narrowed to the organizations
/// they see, or the whole banner for the office and auditors) and their own line of it.
/// </summary>
public sealed class CallerItems(ICurrentUser user, IRoster roster, SixOnesCampaign campaign)
{
    /// <summary>The item's progress of the organizations the caller sees, as of a day (default today).</summary>
    public async Task<IReadOnlyList<OrganizationProgress>> ProgressSeenAsync(ISixOnesItem item, DateOnly? asOf, CancellationToken ct) =>
        await user.SeenAsync(await item.ProgressAsync(await campaign.RulesAsync(ct), asOf ?? campaign.Today, ct), p => p.OrganizationId, ct);

    /// <summary>The item's progress of every organization of the banner: the office and auditors only.</summary>
    public async Task<Result<IReadOnlyList<OrganizationProgress>>> AllProgressAsync(ISixOnesItem item, DateOnly? asOf, CancellationToken ct)
    {
        if (!user.ReadsAll()) return Refuse.Forbidden(Text.Of("全旗进度仅限旗创先争优办查看。", "Only the banner office sees the whole banner's progress."));
        return Result.Ok(await item.ProgressAsync(await campaign.RulesAsync(ct), asOf ?? campaign.Today, ct));
    }

    /// <summary>The caller's own line of the item; null when it does not apply to them or they are not on the roster.</summary>
    public Task<Result<MemberItemStatus?>> MineAsync(ISixOnesItem item, CancellationToken ct) => MineAsync(item, null, ct);

    /// <summary>
    /// The caller's own line of the item; null when it does not apply to them (e.g. not a leading cadre). A caller not on
    /// the roster gets <paramref name="unlinked"/> when given, else null as well.
    /// </summary>
    public async Task<Result<MemberItemStatus?>> MineAsync(ISixOnesItem item, Refusal? unlinked, CancellationToken ct)
    {
        if (await user.PersonAsync(roster, ct) is not { } me)
            return unlinked is { } refusal ? refusal : Result<MemberItemStatus?>.Ok(null);
        return Result<MemberItemStatus?>.Ok(await item.ForMemberAsync(await campaign.RulesAsync(ct), me, campaign.Today, ct));
    }
}
