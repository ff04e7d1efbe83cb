using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Discussion;

/// <summary>四(一)4: every member contributes to the discussion on emancipating the mind by stage 1's end; done the (local) day of their first contribution.</summary>
public sealed class DiscussionSteps(IDiscussions discussions, PartyGroupStudyCampaign campaign) : IPlanSteps
{
    public static readonly ObligationType Contribution = new("party-group-study.emancipation", new("参加解放思想讨论", "Take part in the discussion on emancipating the mind"));

    public IReadOnlyList<ObligationType> Types { get; } = [Contribution];

    /// <summary>The discussions held (any organization's of this jurisdiction: the party group holds them) with their contributions.</summary>
    public async Task<IReadOnlyList<(DiscussionInfo Discussion, IReadOnlyList<ContributionInfo> Contributions)>> HeldAsync(CancellationToken ct)
    {
        var result = new List<(DiscussionInfo, IReadOnlyList<ContributionInfo>)>();
        foreach (var d in (await discussions.ListAsync(DiscussionRule.Emancipation, null, ct)).OrderBy(d => d.HeldOn).ThenBy(d => d.Id))
            result.Add((d, await discussions.ContributionsAsync(d.Id, ct)));
        return result;
    }

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var held = await HeldAsync(ct);
        var first = held.SelectMany(h => h.Contributions).GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => campaign.LocalDay(g.Min(c => c.SubmittedAt)));
        var counts = held.SelectMany(h => h.Contributions).GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.Count());
        return [.. participants.Select(p => new PlanStep(Contribution.Key, 1, Contribution.Name, p.PersonId, rules.Study.End,
            first.TryGetValue(p.PersonId, out var on) ? on : null,
            Text.Of($"发言 {counts.GetValueOrDefault(p.PersonId)} 次", $"{counts.GetValueOrDefault(p.PersonId)} contributions"), FiveLead.Emancipation, "/Research"))];
    }
}
