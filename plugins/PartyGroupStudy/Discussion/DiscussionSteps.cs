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
        var contributors = (await discussions.ContributorsAsync(DiscussionRule.Emancipation, ct)).ToDictionary(c => c.PersonId);
        return [.. participants.Select(p =>
        {
            var tally = contributors.GetValueOrDefault(p.PersonId);
            var count = tally?.Contributions ?? 0;
            return new PlanStep(Contribution.Key, 1, Contribution.Name, p.PersonId, rules.Study.End, tally is null ? null : campaign.LocalDay(tally.FirstSubmittedAt),
                Text.Of($"发言 {count} 次", $"{count} contributions"), FiveLead.Emancipation, "/Research");
        })];
    }
}
