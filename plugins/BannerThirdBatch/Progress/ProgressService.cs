using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Progress;

/// <summary>One item's column: its name, page and total over the rows shown.</summary>
public sealed record ProgressColumn(string Key, string Name, string PagePath, int Done, int Owed)
{
    public decimal Share => Owed == 0 ? 1m : (decimal)Done / Owed;
}

/// <summary>A unit (or a town with its gacha and communities summed) and its figure in each column (null: nothing owed).</summary>
public sealed record ProgressRow(UnitView Unit, IReadOnlyList<UnitFigure?> Figures);

/// <summary>What an overview shows: the columns, one row per unit (or town), and the units' states.</summary>
public sealed record ProgressTable(IReadOnlyList<ProgressColumn> Columns, IReadOnlyList<ProgressRow> Rows, IReadOnlyList<UnitView> Units);

/// <summary>
/// The overviews from every item's figures (<see cref="IUnitFigureSource"/>): the banner office's (one row per sumu/town, its
/// gacha and communities summed in), a sumu/town's (one row per unit of it) and a unit's own (one row). Only units the user sees.
/// </summary>
public sealed class ProgressService(ScheduleService schedules, ThirdBatchUnits units, IEnumerable<IUnitFigureSource> sources)
{
    private async Task<(IReadOnlyList<UnitView> Units, IReadOnlyList<(IUnitFigureSource Source, Dictionary<long, UnitFigure> ByUnit)> Figures)> LoadAsync(CancellationToken ct)
    {
        var views = await schedules.ListAsync(new UnitFilter(), ct);
        var figures = new List<(IUnitFigureSource, Dictionary<long, UnitFigure>)>();
        foreach (var source in sources)
            figures.Add((source, (await source.FiguresAsync(ct)).ToDictionary(f => f.UnitId)));
        return (views, figures);
    }

    private static IReadOnlyList<ProgressColumn> Columns(IEnumerable<(IUnitFigureSource Source, Dictionary<long, UnitFigure> ByUnit)> figures, ISet<long> shown) =>
        [.. figures.Select(f =>
        {
            var (done, owed, _) = UnitFigures.Total(f.ByUnit.Values.Where(x => shown.Contains(x.UnitId)));
            return new ProgressColumn(f.Source.Key, f.Source.Name.ToString(), f.Source.PagePath, done, owed);
        })];

    /// <summary>The office's overview: one row per sumu/town the user sees, summing its own figures and its gacha's and communities'.</summary>
    public async Task<ProgressTable> BannerAsync(CancellationToken ct)
    {
        var (views, figures) = await LoadAsync(ct);
        var rows = new List<ProgressRow>();
        foreach (var town in views.Where(v => v.Kind == UnitKind.Town))
        {
            var members = views.Where(v => v.Id == town.Id || v.TownId == town.Id).Select(v => v.Id).ToHashSet();
            rows.Add(new ProgressRow(town, [.. figures.Select(f =>
            {
                var mine = f.ByUnit.Values.Where(x => members.Contains(x.UnitId)).ToList();
                if (mine.Count == 0) return null;
                var (done, owed, _) = UnitFigures.Total(mine);
                return new UnitFigure(town.Id, town.Name, done, owed);
            })]));
        }
        return new ProgressTable(Columns(figures, views.Select(v => v.Id).ToHashSet()), rows, views);
    }

    /// <summary>A sumu/town's overview: the town itself and each of its gacha and communities; null if the user cannot see the town.</summary>
    public async Task<ProgressTable?> TownAsync(long townId, CancellationToken ct)
    {
        if (await units.ReadableAsync(townId, ct) is not { Kind: UnitKind.Town }) return null;
        var (views, figures) = await LoadAsync(ct);
        var mine = views.Where(v => v.Id == townId || v.TownId == townId).ToList();
        var shown = mine.Select(v => v.Id).ToHashSet();
        return new ProgressTable(Columns(figures, shown), [.. mine.Select(v => new ProgressRow(v, [.. figures.Select(f => f.ByUnit.GetValueOrDefault(v.Id))]))], mine);
    }

    /// <summary>Every unit the user sees, one row each (the ledger).</summary>
    public async Task<ProgressTable> AllUnitsAsync(CancellationToken ct)
    {
        var (views, figures) = await LoadAsync(ct);
        return new ProgressTable(Columns(figures, views.Select(v => v.Id).ToHashSet()),
            [.. views.Select(v => new ProgressRow(v, [.. figures.Select(f => f.ByUnit.GetValueOrDefault(v.Id))]))], views);
    }

    /// <summary>One unit's figures, each with its item's column.</summary>
    public async Task<ProgressTable?> UnitAsync(long unitId, CancellationToken ct)
    {
        if (await units.ReadableAsync(unitId, ct) is null) return null;
        var (views, figures) = await LoadAsync(ct);
        var view = views.Single(v => v.Id == unitId);
        return new ProgressTable(Columns(figures, new HashSet<long> { unitId }), [new ProgressRow(view, [.. figures.Select(f => f.ByUnit.GetValueOrDefault(unitId))])], [view]);
    }
}
