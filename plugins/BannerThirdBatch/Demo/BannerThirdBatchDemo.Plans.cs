using Modular.Plugins.BannerThirdBatch.Plans;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Demo;

public sealed partial class BannerThirdBatchDemo
{
    /// <summary>
    /// 调查研究和实施方案: each started unit writes its situation report a few days after its start and drafts its plan; the level
    /// above comments and the unit revises; most plans are approved on time, some late (town 3, one gacha in three), some still
    /// awaiting approval (town 4, one gacha in three), town 5 has only its situation report, town 6 has not started.
    /// </summary>
    private static IEnumerable<DemoAct> PlanActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        var towns = units.Where(u => u.Kind == UnitKind.Town).ToList();
        foreach (var (town, t) in towns.Select((u, i) => (u, i)))
        {
            var start = StartOf(demo.Today, t);
            var mode = t switch { 0 or 1 or 2 => PlanDemoMode.OnTime, 3 => PlanDemoMode.Late, 4 => PlanDemoMode.Awaiting, _ => PlanDemoMode.SituationOnly };
            foreach (var act in PlanActsOf(demo, town, start, mode, ct)) yield return act;
            foreach (var (unit, g) in units.Where(u => u.TownId == town.Id).Select((u, i) => (u, i)))
            {
                var own = start.AddMonths(1);
                var gachaMode = mode == PlanDemoMode.SituationOnly ? mode : (g % 3) switch { 0 => PlanDemoMode.OnTime, 1 => PlanDemoMode.Late, _ => PlanDemoMode.Awaiting };
                foreach (var act in PlanActsOf(demo, unit, own, gachaMode, ct)) yield return act;
            }
        }
    }

    private enum PlanDemoMode { OnTime, Late, Awaiting, SituationOnly }

    private static IEnumerable<DemoAct> PlanActsOf(IDemoSeeding demo, Unit unit, DateOnly start, PlanDemoMode mode, CancellationToken ct)
    {
        if (start.AddDays(3) > demo.Today) yield break;
        yield return PlanDemoAct(demo, start.AddDays(3), 10, $"调查研究情况 {unit.Name}", s => s.SaveAsync(unit.Id, PlanRule.SituationKey, new PlanDocumentInput(
            $"{unit.Name}现有党员若干名，其中外出党员约占5%；干部群众希望通过学习实践活动解决饮水、草场、增收等实际问题。", 0), ct));
        if (mode == PlanDemoMode.SituationOnly) yield break;
        yield return PlanDemoAct(demo, start.AddDays(7), 10, $"实施方案初稿 {unit.Name}", s => s.SaveAsync(unit.Id, PlanRule.PlanKey, new PlanDocumentInput(
            $"一、指导思想；二、方法步骤（学习调研、分析检查、整改落实）；三、外出党员传达措施；四、组织领导。（{unit.Name}）", 0), ct));
        yield return PlanDemoAct(demo, start.AddDays(10), 15, $"审阅实施方案 {unit.Name}", s => s.CommentAsync(unit.Id, PlanRule.PlanKey, new PlanCommentInput(1,
            "请补充帮扶困难党员和传达到每一名外出党员的具体措施。"), ct));
        yield return PlanDemoAct(demo, start.AddDays(14), 10, $"实施方案第二稿 {unit.Name}", s => s.SaveAsync(unit.Id, PlanRule.PlanKey, new PlanDocumentInput(
            $"一、指导思想；二、方法步骤；三、外出党员：电话、信函逐一传达；四、困难党员帮扶；五、组织领导。（{unit.Name}）", 1, "吸收上级审阅意见"), ct));
        if (mode == PlanDemoMode.Awaiting) yield break;
        var approvedOn = mode == PlanDemoMode.OnTime ? start.AddDays(20) : start.AddDays(ThirdBatchRules.Document.PlanDueDays + 12);
        yield return PlanDemoAct(demo, approvedOn, 16, $"审定实施方案 {unit.Name}", s => s.ApproveAsync(unit.Id, PlanRule.PlanKey, new PlanVersionInput(2), ct));
    }

    private static DemoAct PlanDemoAct<T>(IDemoSeeding demo, DateOnly day, int hour, string what, Func<PlanService, Task<Result<T>>> run) =>
        new(demo.LocalInstant(day, new TimeOnly(hour, 0)), Office, what, async services =>
            await run(services.GetRequiredService<PlanService>()) is { Succeeded: false } refused
                ? refused.Message ?? string.Join(" ", refused.Errors.SelectMany(e => e.Value)) : null);
}
