using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Guidance;

/// <summary>The overviews' column 旗指导小组: each unit the user reads, 1 of 1 once a banner guidance group covers it.</summary>
public sealed class GuidanceFigures(GuidanceService guidance) : IUnitFigureSource
{
    public string Key => "guidance-group";
    public LocalizedText Name => new("旗指导小组", "Banner guidance group");
    public string PagePath => "/Guidance";
    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => (await guidance.CoverageAsync(ct)).Banner;
}
