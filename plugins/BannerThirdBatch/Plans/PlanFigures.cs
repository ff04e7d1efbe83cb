using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Plans;

/// <summary>The overviews' column 实施方案审定: each unit the user reads, 1 of 1 once the level above approved its plan.</summary>
public sealed class PlanFigures(PlanService plans) : IUnitFigureSource
{
    public string Key => "plan";
    public LocalizedText Name => new("实施方案审定", "Plan approved");
    public string PagePath => "/Plans";
    public Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => plans.FiguresAsync(ct);
}
