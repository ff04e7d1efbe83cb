using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Guidance;

/// <summary>
/// 五(二): each member (but the leader, who leads the whole) guides every unit they oversee at least once by the campaign's
/// end (counted with the last stage, whose end it is); met the day the last of their units had its first visit. A member with no unit recorded has not met it.
/// </summary>
public sealed class GuidanceSteps(PartyGroupStudyDbContext db) : IPlanSteps
{
    public static readonly ObligationType Units = new("party-group-study.guidance", new("指导分管和联系单位", "Guide the units overseen"));

    public IReadOnlyList<ObligationType> Types { get; } = [Units];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var units = (await db.MemberUnits.ToListAsync(ct)).ToLookup(u => u.PersonId);
        var firstVisits = await db.GuidanceVisits.GroupBy(v => v.UnitId).Select(g => new { UnitId = g.Key, First = g.Min(v => v.VisitedOn) }).ToDictionaryAsync(v => v.UnitId, v => v.First, ct);
        return [.. participants.Where(p => p.Role != GroupRole.Leader).Select(p =>
        {
            var mine = units[p.PersonId].ToList();
            var visited = mine.Where(u => firstVisits.ContainsKey(u.Id)).ToList();
            DateOnly? done = mine.Count > 0 && visited.Count == mine.Count ? visited.Max(u => firstVisits[u.Id]) : null;
            return new PlanStep(Units.Key, 3, Units.Name, p.PersonId, rules.End, done,
                Text.Of($"已指导 {visited.Count} / {mine.Count} 个单位", $"{visited.Count} of {mine.Count} units visited"), null, "/LeadingGroup");
        })];
    }
}
