using Modular.Plugins.BannerThirdBatch.Checklist;
using Modular.Plugins.BannerThirdBatch.Guidance;
using Modular.Plugins.BannerThirdBatch.LeadingGroup;
using Modular.Plugins.BannerThirdBatch.Units;
using Modular.Plugins.BannerThirdBatch.Visits;

namespace Modular.Plugins.BannerThirdBatch.Demo;

public sealed partial class BannerThirdBatchDemo
{
    /// <summary>
    /// 三(一)(二) oversight as the banner office recorded it: the leading group (one member still without a liaison point, so one
    /// sumu/town has nobody), banner guidance groups for all towns but the last (which starts next month: flagged), each started
    /// town's guidance and inspection group (its last gacha or community left out: flagged), visits in most units' concentrated
    /// phases (every fifth unit not yet visited) with follow-ups closed on time, closed late, still open or overdue, liaison
    /// visits, and the 四到位、四落实 checklist reported by the units and verified (a few gaps being followed up).
    /// </summary>
    private static IEnumerable<DemoAct> OversightActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        var towns = units.Where(u => u.Kind == UnitKind.Town).ToList();
        if (towns.Count == 0) yield break;
        var today = demo.Today;
        DateOnly StartOfUnit(Unit u) => u.Kind == UnitKind.Town ? StartOf(today, towns.IndexOf(u)) : StartOf(today, towns.FindIndex(t => t.Id == u.TownId)).AddMonths(1);
        var first = StartOf(today, 0).AddDays(-20);

        // The leading group: the banner committee's members, the first leading, the second deputy; liaison points round the towns.
        yield return Act(demo, first, "旗学习实践活动领导小组", async services =>
        {
            var tree = await services.GetRequiredService<ThirdBatchUnits>().TreeAsync(ct);
            var people = (await services.GetRequiredService<IRoster>().MembersAsync(new RosterQuery { SubtreeRootId = tree.Root?.Id }, ct))
                .Where(p => p.OrganizationId == tree.Root?.Id).Take(6).ToList();
            if (people.Count == 0) return null;
            var members = people.Select((p, i) => new MemberInput(p.Id, i == 0 ? GroupRole.Leader : i == 1 ? GroupRole.Deputy : GroupRole.Member,
                i == people.Count - 1 && people.Count > 1 ? null : towns[i % towns.Count].Id)).ToList();
            return Refusal(await services.GetRequiredService<LeadingGroupService>().SaveAsync(new LeadingGroupInput(members, 0), ct));
        });

        // Banner guidance groups: one for each pair of towns with their gacha and communities; the last town (starting next month) has none yet.
        for (var k = 0; 2 * k < towns.Count - 1; k++)
        {
            var covered = towns.Skip(2 * k).Take(2).Where(t => towns.IndexOf(t) < towns.Count - 1).ToList();
            var unitIds = units.Where(u => covered.Any(t => t.Id == u.Id || t.Id == u.TownId)).Select(u => u.Id).ToList();
            var number = k + 1;
            yield return Act(demo, first.AddDays(2), $"旗第{number}指导小组", async services =>
            {
                var (leader, members) = await OrganPeopleAsync(services, number, ct);
                if (leader is null) return null;
                return Refusal(await services.GetRequiredService<GuidanceService>().SaveAsync(null,
                    new GuidanceGroupInput(Text.Of($"旗第{number}指导小组", $"Banner guidance group {number}"), null, leader, members, unitIds), ct));
            });
        }

        // Each started town's guidance and inspection group, its last gacha or community not yet covered.
        foreach (var (town, t) in towns.Select((u, i) => (u, i)).Where(x => StartOf(today, x.i) <= today))
        {
            var own = units.Where(u => u.TownId == town.Id).ToList();
            if (own.Count < 2) continue;
            yield return Act(demo, StartOf(today, t).AddDays(5), $"{town.Name}指导检查组", async services =>
            {
                var people = (await services.GetRequiredService<IRoster>().MembersAsync(new RosterQuery { SubtreeRootId = town.Id }, ct))
                    .Where(p => p.OrganizationId == town.Id).Take(3).ToList();
                if (people.Count == 0) return null;
                return Refusal(await services.GetRequiredService<GuidanceService>().SaveAsync(null, new GuidanceGroupInput(Text.Of($"{town.Name}指导检查组", $"{town.Name} inspection group"),
                    town.Id, people[0].Id, [.. people.Skip(1).Select(p => p.Id)], [.. own.SkipLast(1).Select(u => u.Id)]), ct));
            });
        }

        // Visits by the banner groups (every fifth unit not yet visited) with their follow-ups, and the units closing them.
        string[] problems = ["外出党员尚未全部传达到位", "学习记录不完整，个人学习笔记偏少", "实施方案针对性不强，需结合嘎查实际修改", "党员活动场所制度未上墙", "群众意见征求面偏窄"];
        foreach (var (unit, n) in units.Select((u, i) => (u, i)))
        {
            var day = StartOfUnit(unit).AddDays(20 + n % 7);
            if (n % 5 == 4 || day > today || towns.IndexOf(towns.FirstOrDefault(t => t.Id == (unit.TownId ?? unit.Id))!) == towns.Count - 1) continue;
            var withFollowUp = n % 3 != 1;
            var problem = problems[n % problems.Length];
            var close = n % 4; // 0: on time, 1: late, 2: open (maybe overdue), 3: on time
            yield return Act(demo, day, $"指导检查 {unit.Name}", async services =>
            {
                var group = (await services.GetRequiredService<GuidanceService>().AllAsync(ct)).FirstOrDefault(g => g.SenderTownId is null && g.UnitIds.Contains(unit.Id));
                if (group is null) return null;
                var recorded = await services.GetRequiredService<VisitService>().RecordAsync(new VisitInput(unit.Id, group.Id, null, day,
                    Text.Of($"听取{unit.Name}活动开展情况汇报，查阅学习记录和实施方案，走访党员群众。", $"Heard {unit.Name}'s report, read its records and plan, met members."),
                    withFollowUp ? [new FollowUpInput(problem)] : []), ct);
                return Refusal(recorded);
            });
            if (!withFollowUp || close == 2) continue;
            var closedOn = close == 1 ? day.AddDays(38) : day.AddDays(18);
            if (closedOn > today) continue;
            yield return Act(demo, closedOn, $"整改销号 {unit.Name}", async services =>
            {
                var followUps = services.GetRequiredService<FollowUpService>();
                var open = (await followUps.ListAsync(unit.Id, null, ct)).FirstOrDefault(f => f.CompletedOn is null);
                if (open is null) return null;
                return Refusal(await followUps.CloseAsync(open.Id, new CloseInput(closedOn, Text.Of("已召开支部委员会研究整改，逐项落实并建立台账。", "The branch committee met and put each point right."), open.Version), ct));
            });
        }

        // Liaison visits: each leading-group member with a liaison point visits it in its second month.
        foreach (var (town, t) in towns.Select((u, i) => (u, i)))
        {
            var day = StartOf(today, t).AddDays(40);
            if (day > today) continue;
            yield return Act(demo, day, $"联系点调研 {town.Name}", async services =>
            {
                var liaisons = (await services.GetRequiredService<LeadingGroupService>().MembersAsync(ct)).Where(m => m.LiaisonTownId == town.Id).ToList();
                foreach (var m in liaisons)
                {
                    var done = await services.GetRequiredService<VisitService>().RecordAsync(new VisitInput(town.Id, null, m.PersonId, day,
                        Text.Of("到联系点调研指导，督促把联系点建成示范点。", "Visited the liaison point to guide it towards a model."), []), ct);
                    if (Refusal(done) is { } refused) return refused;
                }
                return null;
            });
        }

        // The checklist: started units report (every sixth only half), the office verifies; funds or venue gaps in some gacha.
        foreach (var (unit, n) in units.Select((u, i) => (u, i)))
        {
            var reportedOn = StartOfUnit(unit).AddDays(12);
            if (reportedOn > today) continue;
            var items = n % 6 == 5 ? ChecklistRule.Items.Take(4).ToList() : ChecklistRule.Items.ToList();
            var lacking = unit.Kind == UnitKind.Gacha && n % 4 == 1 ? ChecklistKey.Funds : unit.Kind == UnitKind.Gacha && n % 4 == 2 ? ChecklistKey.Venue : (ChecklistKey?)null;
            yield return Act(demo, reportedOn, $"四到位四落实自报 {unit.Name}", async services =>
            {
                var checklist = services.GetRequiredService<ChecklistService>();
                foreach (var item in items)
                {
                    var inPlace = item != lacking;
                    var saved = await checklist.ReportAsync(unit.Id, item, new ReportInput(inPlace, inPlace ? null : Text.Of("经费（场所）尚未落实，已向苏木镇申请。", "Not settled yet; asked the town."), null), ct);
                    if (Refusal(saved) is { } refused) return refused;
                }
                return null;
            });
            var verifiedOn = reportedOn.AddDays(15);
            if (verifiedOn > today || n % 7 == 6) continue;
            yield return Act(demo, verifiedOn, $"四到位四落实核实 {unit.Name}", async services =>
            {
                var checklist = services.GetRequiredService<ChecklistService>();
                var view = (await checklist.GetAsync(unit.Id, ct)).Value;
                if (view is null) return null;
                foreach (var i in view.Items.Where(i => i.Reported))
                {
                    var verdict = i.InPlace ? Verdict.Confirmed : Verdict.Gap;
                    var saved = await checklist.VerifyAsync(unit.Id, i.Item, new VerifyInput(verdict, verdict == Verdict.Gap ? Text.Of($"{i.Name}存在差距，限期落实。", $"{i.Name}: a gap to settle.") : null, i.Version), ct);
                    if (Refusal(saved) is { } refused) return refused;
                }
                return null;
            });
        }
    }

    /// <summary>A banner group's leader and members: people of the banner's organs (the n-th ones), so each group has its own.</summary>
    private static async Task<(long? Leader, IReadOnlyList<long> Members)> OrganPeopleAsync(IServiceProvider services, int number, CancellationToken ct)
    {
        var tree = await services.GetRequiredService<ThirdBatchUnits>().TreeAsync(ct);
        var organs = tree.All.Where(o => o.Sector == Sector.GovernmentOrgan).Select(o => o.Id).ToHashSet();
        var people = (await services.GetRequiredService<IRoster>().MembersAsync(new RosterQuery(), ct)).Where(p => organs.Contains(p.OrganizationId)).ToList();
        var mine = people.Skip((number - 1) * 3).Take(3).ToList();
        return mine.Count == 0 ? (null, []) : (mine[0].Id, [.. mine.Skip(1).Select(p => p.Id)]);
    }

    private static DemoAct Act(IDemoSeeding demo, DateOnly day, string what, Func<IServiceProvider, Task<string?>> work) =>
        new(demo.LocalInstant(day, new TimeOnly(10, 0)), Office, what, work);

    private static string? Refusal<T>(Result<T> result) =>
        result.Succeeded ? null : result.Message ?? string.Join(" ", result.Errors.SelectMany(e => e.Value));
}
