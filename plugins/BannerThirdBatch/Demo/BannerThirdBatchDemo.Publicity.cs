using Modular.Plugins.BannerThirdBatch.Publicity;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Demo;

public sealed partial class BannerThirdBatchDemo
{
    /// <summary>
    /// 宣传好做法和先进典型: the first towns and some of their gacha report practices and models two to four months in; the office
    /// selects most for a briefing, the radio, television or the website, returns one for more detail, and two still wait.
    /// </summary>
    private static IEnumerable<DemoAct> PublicityActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        var towns = units.Where(u => u.Kind == UnitKind.Town).ToList();
        var reports = new List<(Unit Unit, DateOnly Day, ReportKind Kind, string Title, string? Person)>();
        foreach (var (town, t) in towns.Take(4).Select((u, i) => (u, i)))
        {
            var start = StartOf(demo.Today, t);
            reports.Add((town, start.AddDays(70), ReportKind.Practice, $"{town.Name}“支部+合作社”推动牧民增收", null));
            if (units.FirstOrDefault(u => u.TownId == town.Id) is { } gacha)
                reports.Add((gacha, start.AddMonths(1).AddDays(60 + 10 * t), t % 2 == 0 ? ReportKind.TypicalMember : ReportKind.TypicalOrganization,
                    t % 2 == 0 ? $"{gacha.Name}：扎根牧区三十年的老支书" : $"{gacha.Name}：五个好党支部", t % 2 == 0 ? "巴图" : null));
        }
        var channels = Enum.GetValues<Channel>();
        foreach (var (r, i) in reports.Where(r => r.Day < demo.Today).Select((r, i) => (r, i)))
        {
            var (unit, day, kind, title, person) = r;
            yield return new DemoAct(demo.LocalInstant(day, new TimeOnly(10, 0)), Office, $"报送 {title}", async services =>
            {
                // A model member is the gacha's branch secretary, picked from the roster (no secretary: the organization is reported).
                var secretary = person is null ? null : (await services.GetRequiredService<Common.UnitMembers>().SecretariesAsync(ct))
                    .Where(x => x.Unit.Id == unit.Id).Select(x => (long?)x.PersonId).FirstOrDefault();
                var saved = await services.GetRequiredService<PublicityService>().SaveAsync(null, new PublicityInput(unit.Id,
                    secretary is null && kind == ReportKind.TypicalMember ? ReportKind.TypicalOrganization : kind, title, secretary,
                    "深入学习实践科学发展观，结合本地实际，探索出一条服务群众、推动发展的新路子。", day), ct);
                return saved.Succeeded ? null : saved.Message ?? string.Join(" ", saved.Errors.SelectMany(e => e.Value));
            });
            var decided = day.AddDays(6);
            if (decided >= demo.Today || i % 4 == 3) continue;   // one in four still under review
            yield return i == 2
                ? PublicityDemoAct(demo, decided, 15, $"退回 {title}", async s => await s.ReturnAsync(await PublicityIdAsync(s, title, ct), new ReturnInput("请补充具体做法和取得的实际成效。", 1), ct))
                : PublicityDemoAct(demo, decided, 15, $"选用 {title}", async s => await s.SelectAsync(await PublicityIdAsync(s, title, ct), new SelectInput(channels[i % channels.Length], decided, 1), ct));
        }
    }

    private static async Task<long> PublicityIdAsync(PublicityService service, string title, CancellationToken ct) =>
        (await service.ListAsync(null, null, ct)).First(r => r.Title == title).Id;

    private static DemoAct PublicityDemoAct<T>(IDemoSeeding demo, DateOnly day, int hour, string what, Func<PublicityService, Task<Result<T>>> run) =>
        new(demo.LocalInstant(day, new TimeOnly(hour, 0)), Office, what, async services =>
            await run(services.GetRequiredService<PublicityService>()) is { Succeeded: false } refused
                ? refused.Message ?? string.Join(" ", refused.Errors.SelectMany(e => e.Value)) : null);
}
