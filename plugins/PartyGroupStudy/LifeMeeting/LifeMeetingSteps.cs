using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.LifeMeeting;

/// <summary>四(二)2, per member: the speaking material written before the life meeting (due its day, stage 2's end until it is set).</summary>
public sealed class LifeMeetingSteps(PartyGroupStudyDbContext db, LifeMeetingService meeting) : IPlanSteps
{
    public static readonly ObligationType Material = new("party-group-study.speaking-material", new("撰写专题民主生活会发言材料", "Speaking material for the life meeting"));

    public IReadOnlyList<ObligationType> Types { get; } = [Material];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var due = LifeMeetingRule.MaterialDue(rules, await meeting.HeldOnAsync(ct));
        var written = await db.SpeakingMaterials.Where(m => m.PeriodKey == rules.PeriodKey).ToDictionaryAsync(m => m.PersonId, m => m.WrittenOn, ct);
        return [.. participants.Select(p => new PlanStep(Material.Key, 2, Material.Name, p.PersonId, due, written.TryGetValue(p.PersonId, out var on) ? on : null,
            written.ContainsKey(p.PersonId) ? Text.Of("已撰写", "Written") : Text.Of("未撰写", "Not written"), FiveLead.Analysis, "/LifeMeeting"))];
    }
}
