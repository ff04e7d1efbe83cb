using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Systems;

/// <summary>The overviews' column 五项制度: each unit the user reads, the required systems in place this year of four.</summary>
public sealed class SystemsFigures(SystemsService systems) : IUnitFigureSource
{
    public string Key => "systems";
    public LocalizedText Name => new("五项制度落实", "Five systems");
    public string PagePath => "/Systems";
    public Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => systems.FiguresAsync(null, ct);
}
