using Modular.Plugins.BannerThirdBatch.Systems;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Demo;

public sealed partial class BannerThirdBatchDemo
{
    /// <summary>
    /// 基层党建五项制度: started units set their year's goals (one in four does not), most hold an analysis a month and a half in,
    /// two accountability cases; the office issues two notices to every unit and the first five towns one each to their gacha and
    /// communities, most units marking them read within days (one in four never); the towns that finished and their gacha are
    /// assessed, the rest not yet.
    /// </summary>
    private static IEnumerable<DemoAct> SystemsActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        var towns = units.Where(u => u.Kind == UnitKind.Town).ToList();
        DateOnly StartOfUnit(Unit u)
        {
            var t = towns.FindIndex(x => x.Id == (u.TownId ?? u.Id));
            var start = StartOf(demo.Today, Math.Max(0, t));
            return u.Kind == UnitKind.Town ? start : start.AddMonths(1);
        }
        var started = units.Where(u => towns.Any(t => t.Id == (u.TownId ?? u.Id)) && StartOfUnit(u).AddDays(5) <= demo.Today).ToList();

        foreach (var (unit, i) in started.Select((u, i) => (u, i)))
        {
            var start = StartOfUnit(unit);
            if (i % 4 != 3)
            {
                var day = start.AddDays(5);
                yield return SystemsDemoAct(demo, day, 9, $"目标 {unit.Name}", s => s.SaveGoalAsync(null, new GoalInput(unit.Id, day.Year, "发展新党员", unit.Kind == UnitKind.Town ? "5名" : "1名"), ct));
                yield return SystemsDemoAct(demo, day, 10, $"目标 {unit.Name}", s => s.SaveGoalAsync(null, new GoalInput(unit.Id, day.Year, "外出党员联系率", "100%"), ct));
            }
            if (i % 3 != 2)
            {
                var day = start.AddDays(45);
                yield return SystemsDemoAct(demo, day, 15, $"党建分析 {unit.Name}", s => s.SaveAnalysisAsync(null, new AnalysisInput(unit.Id, $"{day.Year}年{(day.Month + 2) / 3}季度", day,
                    "党员队伍总体稳定；外出党员联系有待加强；嘎查集体经济薄弱，需加大帮扶。"), ct));
            }
        }
        foreach (var (unit, i) in started.Where(u => u.Kind != UnitKind.Town).Take(2).Select((u, i) => (u, i)))
        {
            var day = StartOfUnit(unit).AddDays(60 + 20 * i);
            yield return new DemoAct(demo.LocalInstant(day, new TimeOnly(11, 0)), Office, $"问责 {unit.Name}", async services =>
            {
                // The first case names a member of the unit picked from the roster; the second is the organization's.
                var person = i != 0 ? null : (await services.GetRequiredService<Common.UnitMembers>().MembersAsync(ct))
                    .Where(m => m.Unit.Id == unit.Id && !m.Person.IsOutgoing).Select(m => (long?)m.Person.Id).Skip(2).FirstOrDefault();
                var saved = await services.GetRequiredService<SystemsService>().SaveCaseAsync(null, new CaseInput(unit.Id, person,
                    i == 0 ? "无正当理由连续三个月未参加组织生活" : "未按期报送学习实践活动进展情况", i == 0 ? "批评教育，限期改正" : "通报批评", day), ct);
                return saved.Succeeded ? null : saved.Message ?? string.Join(" ", saved.Errors.SelectMany(e => e.Value));
            });
        }

        // 通报: the office's two, each town's one; the addressed units read them within days, one in four never.
        var notices = new List<(DateOnly Day, string Title, long? TownId, IReadOnlyList<Unit> To)>();
        var first = StartOf(demo.Today, 0);
        notices.Add((first.AddDays(40), "关于第三批学习实践活动学习调研阶段进展情况的通报", null, units));
        notices.Add((first.AddDays(130), "关于第三批学习实践活动分析检查阶段工作的通报", null, units));
        foreach (var (town, t) in towns.Take(5).Select((u, i) => (u, i)))
            notices.Add((StartOf(demo.Today, t).AddDays(60), $"{town.Name}关于嘎查社区学习实践活动情况的通报", town.Id, [.. units.Where(u => u.TownId == town.Id)]));
        foreach (var (day, title, townId, to) in notices.Where(n => n.Day < demo.Today && n.To.Count > 0))
        {
            yield return SystemsDemoAct(demo, day, 9, $"通报 {title}", s => s.IssueAsync(new NoticeInput(townId, title, $"{title}。各单位要对照要求查找差距，认真整改。", day), ct));
            foreach (var (unit, i) in to.Select((u, i) => (u, i)))
            {
                if ((unit.Id + i) % 4 == 3) continue;
                var readOn = day.AddDays(1 + i % 5);
                if (readOn >= demo.Today) continue;
                yield return SystemsDemoAct(demo, readOn, 14, $"阅知 {title} {unit.Name}", async s =>
                {
                    var notice = (await s.NoticesAsync(ct)).First(n => n.Title == title);
                    return await s.MarkReadAsync(notice.Id, new NoticeReadInput(unit.Id), ct);
                });
            }
        }

        // 考核: the towns that finished (0, 1) and their gacha and communities, at the towns' end.
        foreach (var (town, t) in towns.Take(2).Select((u, i) => (u, i)))
        {
            var day = StartOf(demo.Today, t).AddMonths(8).AddDays(-1);
            if (day >= demo.Today) continue;
            yield return SystemsDemoAct(demo, day, 16, $"考核 {town.Name}", s => s.AssessAsync(null, new AssessmentInput(town.Id, day.Year, 92 - 5 * t, "五项制度健全，活动扎实。"), ct));
            foreach (var (unit, g) in units.Where(u => u.TownId == town.Id).Select((u, i) => (u, i)))
                yield return SystemsDemoAct(demo, day, 17, $"考核 {unit.Name}", s => s.AssessAsync(null, new AssessmentInput(unit.Id, day.Year, 70 + (g * 7 + t * 3) % 28,
                    g % 3 == 2 ? "外出党员联系不够紧密。" : "按要求完成各阶段工作。"), ct));
        }
    }

    private static DemoAct SystemsDemoAct<T>(IDemoSeeding demo, DateOnly day, int hour, string what, Func<SystemsService, Task<Result<T>>> run) =>
        new(demo.LocalInstant(day, new TimeOnly(hour, 0)), Office, what, async services =>
            await run(services.GetRequiredService<SystemsService>()) is { Succeeded: false } refused
                ? refused.Message ?? string.Join(" ", refused.Errors.SelectMany(e => e.Value)) : null);
}
