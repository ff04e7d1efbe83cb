using Modular.Plugins.BannerThirdBatch.Assistance;
using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Outreach;
using Modular.Plugins.BannerThirdBatch.Sessions;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Demo;

/// <summary>
/// A unit's own work as the banner office entered it from the units' returns, inside each unit's dates and in the past: the
/// first towns reached their outgoing members within the month (one gacha late, one member never), the middle ones late, the
/// last started one part-way, the one starting next month nothing; banner-wide secretary training with a few absent and each
/// unit's study; each started town's help to its gacha and a struggling member.
/// </summary>
public sealed partial class BannerThirdBatchDemo
{
    /// <summary>Each started unit with its town's index and its own start (a gacha's or community's a month after its town's).</summary>
    private static IEnumerable<(Unit Unit, int Town, int Index, DateOnly Start)> Started(IDemoSeeding demo, IReadOnlyList<Unit> units)
    {
        var towns = units.Where(u => u.Kind == UnitKind.Town).ToList();
        foreach (var (town, t) in towns.Select((u, i) => (u, i)))
        {
            var start = StartOf(demo.Today, t);
            if (start >= demo.Today) continue;
            yield return (town, t, 0, start);
            foreach (var (unit, g) in units.Where(u => u.TownId == town.Id).Select((u, i) => (u, i)))
                if (start.AddMonths(1) < demo.Today) yield return (unit, t, g + 1, start.AddMonths(1));
        }
    }

    private static DateOnly Before(IDemoSeeding demo, DateOnly day) => day < demo.Today ? day : demo.Today.AddDays(-1);

    private static DemoAct WorkAct(IDemoSeeding demo, DateOnly day, string what, Func<IServiceProvider, Task<string?>> work) =>
        new(demo.LocalInstant(day, new TimeOnly(15, 0)), Office, what, work);

    private static string? WorkRefusal<T>(Result<T> result) => result.Succeeded ? null : result.Message ?? string.Join(" ", result.Errors.SelectMany(e => e.Value));

    private static IEnumerable<DemoAct> OutreachActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        foreach (var (unit, t, g, start) in Started(demo, units))
        {
            // Within the month for the first towns (their fourth gacha late), late for the middle ones, part-way for the last.
            var days = t < 3 ? (g % 4 == 3 ? 45 : 24) : t < 5 ? 50 : 20;
            var day = Before(demo, start.AddDays(days));
            yield return WorkAct(demo, day, $"外出党员传达 {unit.Name}", async services =>
            {
                var outgoing = (await services.GetRequiredService<UnitMembers>().OutgoingAsync(ct)).Where(m => m.Unit.Id == unit.Id).ToList();
                var service = services.GetRequiredService<OutreachService>();
                foreach (var (member, i) in outgoing.Select((m, i) => (m, i)))
                {
                    if (t == 5 && i % 2 == 1 || t == 2 && g == 1 && i == 0) continue;   // not reached (yet)
                    var on = start.AddDays(Math.Min(days, 3 + i * 5));
                    var method = (OutreachMethod)((i + g) % 4);
                    if (WorkRefusal(await service.RecordAsync(new OutreachInput(member.Person.Id, on < day ? on : day, method,
                            $"向{member.Person.Whereabouts ?? "外地"}的{member.Person.Name}传达第三批学习实践活动实施意见和要求"), ct)) is { } refused) return refused;
                }
                return null;
            });
        }
    }

    private static IEnumerable<DemoAct> SessionsActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        var started = Started(demo, units).ToList();
        // Two banner-wide trainings of branch secretaries: the first for the early towns (every fifth absent), the second for the later ones.
        foreach (var (round, towns) in new[] { (0, new[] { 0, 1, 2 }), (1, new[] { 3, 4, 5 }) })
        {
            var first = started.Where(s => towns.Contains(s.Town)).Select(s => s.Start).DefaultIfEmpty(demo.Today).Min();
            if (first >= demo.Today.AddDays(-20)) continue;
            var day = Before(demo, first.AddDays(20));
            var ids = started.Where(s => towns.Contains(s.Town)).Select(s => s.Unit.Id).ToHashSet();
            yield return WorkAct(demo, day, $"党支部书记集中培训（第{round + 1}期）", async services =>
            {
                var secretaries = (await services.GetRequiredService<UnitMembers>().SecretariesAsync(ct)).Where(s => ids.Contains(s.Unit.Id))
                    .Select(s => s.PersonId).Distinct().Where((_, i) => i % 5 != 4).ToList();
                return WorkRefusal(await services.GetRequiredService<SessionService>().RecordAsync(new SessionInput(null, SessionKind.SecretaryTraining,
                    $"全旗第三批学习实践活动党支部书记集中培训班（第{round + 1}期）", day, 8m, "旗委党校", "学习实施意见，部署各阶段工作，交流经验", secretaries), ct));
            });
        }
        foreach (var (unit, t, g, start) in started)
        {
            (SessionKind Kind, int After, string Title, decimal Hours)[] plan =
            [
                (SessionKind.RequiredBooks, 14, "集中学习中央规定的必读书目", 3m),
                (SessionKind.GenPing, 40, "学习根平同志先进事迹座谈会", 2m),
                (SessionKind.Lecture, 60, "理论宣讲团形势任务教育宣讲", 2m),
            ];
            foreach (var (kind, after, title, hours) in plan)
            {
                if (start.AddDays(after) >= demo.Today || kind == SessionKind.Lecture && t >= 3 || kind == SessionKind.GenPing && g % 5 == 4) continue;
                var day = start.AddDays(after);
                yield return WorkAct(demo, day, $"{SessionRule.KindName(kind).ZhCn} {unit.Name}", async services =>
                {
                    var people = (await services.GetRequiredService<UnitMembers>().MembersAsync(ct))
                        .Where(m => m.Unit.Id == unit.Id && !m.Person.IsOutgoing).Select(m => m.Person.Id).Where((_, i) => (i + after) % 10 < 7).ToList();
                    return WorkRefusal(await services.GetRequiredService<SessionService>().RecordAsync(new SessionInput(unit.Id, kind, title, day, hours,
                        unit.Kind == UnitKind.Town ? "苏木镇会议室" : "党员活动室", null, people), ct));
                });
            }
        }
    }

    private static IEnumerable<DemoAct> AssistanceActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        foreach (var (unit, t, g, start) in Started(demo, units).Where(s => s.Unit.Kind != UnitKind.Town && s.Index <= 3))
        {
            var day = Before(demo, start.AddDays(10 + 7 * g));
            var input = g switch
            {
                1 => new AssistanceInput(AssistanceKind.Funds, unit.Id, null, 2000m + 1000m * t, "活动经费补助", day),
                2 => new AssistanceInput(AssistanceKind.Venue, unit.Id, null, null, "协调苏木镇会议室作为嘎查党员集中学习场所", day),
                _ => new AssistanceInput(AssistanceKind.Materials, unit.Id, null, 600m, "必读书目及辅导读物60册", day),
            };
            yield return WorkAct(demo, day, $"帮扶 {unit.Name}", async services =>
                WorkRefusal(await services.GetRequiredService<AssistanceService>().RecordAsync(input, ct)));
            if (g != 1 || t >= 5) continue;
            yield return WorkAct(demo, day, $"帮扶困难党员 {unit.Name}", async services =>
            {
                var member = (await services.GetRequiredService<UnitMembers>().MembersAsync(ct)).Where(m => m.Unit.Id == unit.Id && !m.Person.IsOutgoing).Skip(3).FirstOrDefault();
                return member is null ? null : WorkRefusal(await services.GetRequiredService<AssistanceService>().RecordAsync(
                    new AssistanceInput(AssistanceKind.Member, null, member.Person.Id, 500m, "走访慰问，帮助解决冬季饲草料困难", day), ct));
            });
        }
    }
}
