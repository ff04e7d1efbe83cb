using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Outreach;

/// <summary>The overviews' column 外出党员传达: each unit's outgoing members reached (each once) of all of them; units with none are left out.</summary>
public sealed class OutreachFigures(OutreachService outreach) : IUnitFigureSource
{
    public string Key => "outreach";
    public LocalizedText Name { get; } = new("外出党员传达", "Outgoing members reached");
    public string PagePath => "/Outreach";

    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => [.. (await outreach.CoverageAsync(ct)).Where(f => f.Owed > 0)];
}
