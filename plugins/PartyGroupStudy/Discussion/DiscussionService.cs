using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Discussion;

public sealed record HoldInput(string? Topic, DateOnly HeldOn);

/// <summary>A member's contribution (their own; the office's record of one: <paramref name="PersonId"/>); again replaces it while the discussion is open.</summary>
public sealed record ContributionInput(string? Text, long? PersonId = null);

public sealed record ContributionView(long PersonId, string Member, string Text, int Characters, DateOnly On);

public sealed record DiscussionView(long Id, string Topic, DateOnly HeldOn, bool Closed, IReadOnlyList<ContributionView> Contributions, IReadOnlyList<string> Silent);

public sealed record MemberDiscussion(long PersonId, string Name, int Contributions, DateOnly? FirstOn, DueState State, string StateName);

public sealed record DiscussionOverview(DateOnly Due, IReadOnlyList<DiscussionView> Discussions, IReadOnlyList<MemberDiscussion> Members, bool MayRun, long? Me);

/// <summary>解放思想讨论: the office holds and closes the discussions (the SDK's discussions); members contribute.</summary>
public sealed class DiscussionService(IDiscussions discussions, DiscussionSteps steps, GroupOffice office, PartyGroupStudyCampaign campaign)
{
    public static string NoDiscussion(long id) => Text.Of($"没有编号为 {id} 的解放思想讨论。", $"There is no discussion {id}.");

    public async Task<Result<DiscussionView>> HoldAsync(HoldInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct) || await office.GroupAsync(ct) is not { } group) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var rules = await campaign.RulesAsync(ct);
        var topic = Entered.Text(input.Topic);
        var errors = DiscussionRule.Problems(rules, campaign.Today, topic, input.HeldOn);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var held = await discussions.HoldAsync(new DiscussionInput(DiscussionRule.Emancipation, group.Id, topic!, input.HeldOn, rules.PeriodKey), ct);
        if (!held.Succeeded) return Refuse.As(held);
        var view = await ViewAsync(held.Value!, ct);
        return Result.Created($"discussions/{view.Id}", view);
    }

    public async Task<Result<DiscussionView>> CloseAsync(long id, CancellationToken ct)
    {
        if (await FindDiscussionAsync(id, ct) is null) return Refuse.NotFound(NoDiscussion(id));
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var closed = await discussions.CloseAsync(id, ct);
        return closed.Succeeded ? Result.Ok(await ViewAsync(closed.Value!, ct)) : Refuse.As(closed);
    }

    public async Task<Result<ContributionView>> ContributeAsync(long id, ContributionInput input, CancellationToken ct)
    {
        if (await FindDiscussionAsync(id, ct) is null) return Refuse.NotFound(NoDiscussion(id));
        var who = await office.HandInForAsync(input.PersonId, Text.Of("只能登记本人的发言；代为登记须由领导小组办公室办理。", "Record your own contribution; the office records one for a member."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var saved = await discussions.ContributeAsync(id, who.Value!.PersonId, input.Text ?? "", ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return Result.Created($"discussions/{id}", View(saved.Value!, who.Value.Name));
    }

    public async Task<Result<DiscussionView>> FindAsync(long id, CancellationToken ct) =>
        await FindDiscussionAsync(id, ct) is { } found ? Result.Ok(await ViewAsync(found, ct)) : Refuse.NotFound(NoDiscussion(id));

    // One of this jurisdiction's discussions on emancipating the mind, for a reader of the group's work.
    private async Task<DiscussionInfo?> FindDiscussionAsync(long id, CancellationToken ct) =>
        await office.MayReadGroupAsync(ct) ? (await discussions.ListAsync(DiscussionRule.Emancipation, null, ct)).FirstOrDefault(d => d.Id == id) : null;

    /// <summary>The discussions with every contribution (a group's meeting: its members read it all) and each member's line (one's own for a member).</summary>
    public async Task<Result<DiscussionOverview>> OverviewAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this."));
        var rules = await campaign.RulesAsync(ct);
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = (await office.MeAsync(ct))?.PersonId;
        var participants = await office.ParticipantsAsync(ct);
        var names = participants.ToDictionary(p => p.PersonId, p => p.Name);
        var held = await steps.HeldAsync(ct);
        var views = held.Select(h => View(h.Discussion, h.Contributions, participants)).Reverse().ToList();
        var all = held.SelectMany(h => h.Contributions).ToLookup(c => c.PersonId);
        var lines = participants.Where(p => seeAll || p.PersonId == me).Select(p =>
        {
            DateOnly? first = all[p.PersonId].Any() ? campaign.LocalDay(all[p.PersonId].Min(c => c.SubmittedAt)) : null;
            var state = DueStates.Of(rules.Study.End, first, campaign.Today);
            return new MemberDiscussion(p.PersonId, p.Name, all[p.PersonId].Count(), first, state, state.Label());
        }).ToList();
        return Result.Ok(new DiscussionOverview(rules.Study.End, views, lines, await office.MayRunAsync(ct), me));
    }

    private async Task<DiscussionView> ViewAsync(DiscussionInfo d, CancellationToken ct) =>
        View(d, await discussions.ContributionsAsync(d.Id, ct), await office.ParticipantsAsync(ct));

    private DiscussionView View(DiscussionInfo d, IReadOnlyList<ContributionInfo> contributions, IReadOnlyList<Participant> participants)
    {
        var names = participants.ToDictionary(p => p.PersonId, p => p.Name);
        return new DiscussionView(d.Id, d.Topic, d.HeldOn, d.Closed,
            [.. contributions.OrderBy(c => c.SubmittedAt).Select(c => View(c, names.GetValueOrDefault(c.PersonId, $"#{c.PersonId}")))],
            [.. participants.Where(p => contributions.All(c => c.PersonId != p.PersonId)).Select(p => p.Name)]);
    }

    private ContributionView View(ContributionInfo c, string member) => new(c.PersonId, member, c.Text, c.CharacterCount, campaign.LocalDay(c.SubmittedAt));
}
