namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>
/// One item's figure per unit for the overviews (the office's, a town's, a unit's): outreach coverage, secretaries trained,
/// plan approved, guidance group sent, checklist verified… Each item registers one (<see cref="UnitFigureSources.AddUnitFigures{TSource}"/>), and the
/// overviews show them all in registration order (the document's), each linking to the item's page.
/// </summary>
public interface IUnitFigureSource
{
    /// <summary>Stable key: a column's id and a query value.</summary>
    string Key { get; }

    /// <summary>The column's heading, e.g. 外出党员传达.</summary>
    LocalizedText Name { get; }

    /// <summary>The item's page, relative to the plugin (e.g. <c>/Outreach</c>).</summary>
    string PagePath { get; }

    /// <summary>Every participating unit's figure for the signed-in user (the units they see; none owed: omit the unit).</summary>
    Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct);
}

public static class UnitFigureSources
{
    public static IServiceCollection AddUnitFigures<TSource>(this IServiceCollection services) where TSource : class, IUnitFigureSource =>
        services.AddScoped<IUnitFigureSource, TSource>();
}
