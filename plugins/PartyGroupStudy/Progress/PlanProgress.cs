using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Progress;

/// <summary>Every step of the plan a reader may see, on the jurisdiction's today; <paramref name="SeesAll"/> for the office and inspectors.</summary>
public sealed record StepsRead(DateOnly Today, bool SeesAll, IReadOnlyList<Participant> Participants, IReadOnlyList<PlanStep> Steps);

/// <summary>
/// The plan's steps for a reader: everyone's for those who see all (the office, inspectors), one's own and the group's
/// for a member, nothing for anyone else (null). The office's table, the member's page and the five leads read it.
/// </summary>
public sealed class PlanProgress(IEnumerable<IPlanSteps> items, PartyGroupStudyCampaign campaign, GroupOffice office)
{
    public async Task<StepsRead?> ReadAsync(CancellationToken ct)
    {
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = await office.MeAsync(ct);
        if (!seeAll && me is null) return null;
        var rules = await campaign.RulesAsync(ct);
        var participants = await office.ParticipantsAsync(ct);
        var steps = new List<PlanStep>();
        foreach (var item in items)
            steps.AddRange((await item.StepsAsync(rules, participants, ct)).Where(s => seeAll || s.PersonId is null || s.PersonId == me!.PersonId));
        return new StepsRead(campaign.Today, seeAll, seeAll ? participants : [me!], [.. steps.OrderBy(s => s.Due).ThenBy(s => s.Stage)]);
    }
}
