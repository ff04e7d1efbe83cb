using System.Globalization;
using Modular.Plugins.PartyGroupStudy.Guidance;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Demo;

/// <summary>
/// The plan as 县政府党组 (<c>county-gov</c>) runs it this year: the document's stage dates moved to the current year, and
/// each item recorded through the plugin's own services on the day it would have happened — the leading group on the
/// first day, the members' units and their guidance visits through the stages (a few units never visited) — so the first
/// sign-in shows a believable campaign with its gaps.
/// </summary>
public sealed partial class PartyGroupStudyDemo : IDemoContribution
{
    public const string Office = "county-gov-admin";

    /// <summary>The units the members oversee: towns they liaise with and departments they are in charge of.</summary>
    private static readonly (string Name, UnitRelation Relation)[] Units =
    [
        ("城关镇", UnitRelation.Liaison), ("县发展和改革局", UnitRelation.InCharge), ("县财政局", UnitRelation.InCharge), ("县农业局", UnitRelation.InCharge),
        ("东乡镇", UnitRelation.Liaison), ("县水利局", UnitRelation.InCharge), ("县教育局", UnitRelation.InCharge), ("县卫生局", UnitRelation.InCharge),
        ("西河乡", UnitRelation.Liaison), ("县公安局", UnitRelation.InCharge), ("县交通运输局", UnitRelation.InCharge), ("县民政局", UnitRelation.InCharge),
        ("南岭乡", UnitRelation.Liaison), ("县国土资源局", UnitRelation.InCharge), ("县商务局", UnitRelation.InCharge), ("县住房和城乡建设局", UnitRelation.InCharge),
    ];

    private static readonly string[] Findings =
    [
        "学习安排较扎实，但个人自学记录不全，已要求补齐学习笔记。", "调研课题选题偏宽，建议聚焦项目建设中的审批难题。",
        "解放思想讨论发言质量参差，个别同志准备不充分。", "群众评议组织规范，评议代表覆盖面广。", "征求意见渠道较少，建议增设意见箱和网上信箱。",
        "整改台账清楚，限时整改事项有专人跟踪。",
    ];

    public IReadOnlyList<string> IssuedIn { get; } = ["county-gov"];

    /// <summary>The document's stage dates made this year (the month-days stay the document's).</summary>
    public IReadOnlyDictionary<string, string?> Settings(DateOnly today) => new Dictionary<string, string?>
    {
        ["stage1.start"] = Day(today.Year, 3, 1), ["stage1.end"] = Day(today.Year, 4, 20),
        ["stage2.start"] = Day(today.Year, 4, 21), ["stage2.end"] = Day(today.Year, 5, 20),
        ["stage3.start"] = Day(today.Year, 5, 21), ["stage3.end"] = Day(today.Year, 8, 20),
    };

    private static string Day(int year, int month, int day) => new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken)
    {
        IReadOnlyList<Participant> participants = [];
        var now = DateTimeOffset.MinValue;
        await demo.AsAsync(Office, async services =>
        {
            participants = await services.GetRequiredService<GroupOffice>().ParticipantsAsync(cancellationToken);
            now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        });
        if (participants.Count == 0) return;
        await demo.PlayAsync([.. LeadingGroupActs(demo, participants, cancellationToken), .. StudyStageActs(demo, participants, cancellationToken),
            .. AnalysisActs(demo, participants, cancellationToken), .. RectifyActs(demo, participants, cancellationToken)], now, cancellationToken);
    }

    private static IEnumerable<DemoAct> LeadingGroupActs(IDemoSeeding demo, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly On(int month, int day) => new(year, month, day);
        // The first day: the group the document names (the roster's proposal), the office run by one of the members.
        var director = participants.Where(p => p.Role == GroupRole.Member).OrderBy(p => p.PersonId).Skip(5).FirstOrDefault() ?? participants[^1];
        yield return new DemoAct(demo.LocalInstant(On(3, 1), new TimeOnly(9, 0)), Office, "领导小组", async services =>
        {
            var saved = await services.GetRequiredService<LeadingGroupService>().SaveAsync(new LeadingGroupInput(
                participants.First(p => p.Role == GroupRole.Leader).PersonId,
                [.. participants.Where(p => p.Role == GroupRole.Deputy).Select(p => p.PersonId)],
                [.. participants.Where(p => p.Role == GroupRole.Member).Select(p => p.PersonId)], director.Name, director.PersonId, 0), ct);
            return Refused(saved);
        });

        // Each member but the leader oversees two units, recorded the next day; visits follow through the stages.
        var overseers = participants.Where(p => p.Role != GroupRole.Leader).ToList();
        for (var i = 0; i < overseers.Count; i++)
        {
            var member = overseers[i];
            var units = new[] { Units[(2 * i) % Units.Length], Units[(2 * i + 1) % Units.Length] };
            foreach (var (unit, u) in units.Select((x, u) => (x, u)))
            {
                var index = 2 * i + u;
                yield return new DemoAct(demo.LocalInstant(On(3, 2), new TimeOnly(10, index)), Office, $"分管联系单位 {member.Name} {unit.Name}", async services =>
                    Refused(await services.GetRequiredService<LeadingGroupService>().AddUnitAsync(new UnitInput(member.PersonId, unit.Name, unit.Relation), ct)));
                if (index % 7 == 6) continue; // a unit nobody has visited yet: the page shows the gap
                foreach (var visitOn in new[] { On(3, 20).AddDays(index), On(6, 10).AddDays(index * 2) }.Take(index % 3 == 0 ? 1 : 2))
                    yield return new DemoAct(demo.LocalInstant(visitOn, new TimeOnly(17, 0)), Office, $"指导 {member.Name} {unit.Name} {visitOn:MM-dd}", async services =>
                    {
                        var guidance = services.GetRequiredService<GuidanceService>();
                        var unitId = (await services.GetRequiredService<LeadingGroupService>().UnitsAsync(ct)).First(x => x.PersonId == member.PersonId && x.Name == unit.Name).Id;
                        var focus = visitOn.Month < 5 ? GuidanceFocus.Study : (GuidanceFocus)(1 + index % 3);
                        return Refused(await guidance.RecordAsync(new VisitInput(unitId, visitOn, focus, Findings[index % Findings.Length],
                            index % 2 == 0 ? "已当场反馈，限期两周内整改。" : null), ct));
                    });
            }
        }
    }

    /// <summary>Why an act was refused (the demo stops on it), or null.</summary>
    internal static string? Refused<T>(Result<T> result) =>
        result.Succeeded ? null : result.Message ?? string.Join("; ", result.Errors.SelectMany(e => e.Value));
}
