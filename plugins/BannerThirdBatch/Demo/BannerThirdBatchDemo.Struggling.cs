using Modular.Plugins.BannerThirdBatch.Struggling;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Demo;

/// <summary>
/// 二(三) 困难嘎查: each started town marked two of its gacha or communities a few days into their start — the first (whom its help
/// then reached) short of funds, a later one weak and lax (not helped yet) — so the town's page and the office's overview show both.
/// </summary>
public sealed partial class BannerThirdBatchDemo
{
    private static IEnumerable<DemoAct> StrugglingActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        foreach (var (unit, t, g, start) in Started(demo, units).Where(s => s.Unit.Kind != UnitKind.Town && (s.Index == 1 || s.Index == 4)))
        {
            var day = Before(demo, start.AddDays(3));
            var input = g == 1
                ? new StrugglingInput(true, StrugglingKind.Difficult, "集体经济薄弱，缺少党员活动经费和学习资料", day)
                : new StrugglingInput(true, StrugglingKind.Lax, "班子不健全，组织生活不经常", day);
            yield return WorkAct(demo, day, $"认定困难嘎查 {unit.Name}", async services =>
                WorkRefusal(await services.GetRequiredService<StrugglingService>().MarkAsync(unit.Id, input, ct)));
        }
    }
}
