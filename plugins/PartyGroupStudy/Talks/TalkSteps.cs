using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Talks;

/// <summary>四(二)2, per member: every talk the plan asks of them held by stage 2's end; done the day the last one was (带头分析检查).</summary>
public sealed class TalkSteps(PartyGroupStudyDbContext db) : IPlanSteps
{
    public static readonly ObligationType Talks = new("party-group-study.talks", new("党组成员之间谈心交心", "Heart-to-heart talks between members"));

    public IReadOnlyList<ObligationType> Types { get; } = [Talks];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var held = TalkService.HeldOn(await db.HeartTalks.Where(t => t.PeriodKey == rules.PeriodKey).ToListAsync(ct));
        var required = TalkRule.RequiredPairs(participants, rules.TalksEveryPair);
        return [.. participants.Select(p =>
        {
            var (count, done, doneOn) = TalkRule.MemberProgress(p.PersonId, required, held);
            return new PlanStep(Talks.Key, 2, Talks.Name, p.PersonId, rules.Analysis.End, doneOn,
                Text.Of($"已谈 {done} / {count} 人", $"{done} of {count} talks held"), FiveLead.Analysis, "/Talks");
        })];
    }
}
