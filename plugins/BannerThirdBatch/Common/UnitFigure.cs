namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>
/// One unit's count against what it owes (outgoing members reached of all, secretaries trained of all, …): the overview's
/// coverage bars and the ledgers' columns. A unit that owes nothing is complete.
/// </summary>
public sealed record UnitFigure(long UnitId, string Unit, int Done, int Owed)
{
    public bool Complete => Done >= Owed;
    public decimal Share => Owed == 0 ? 1m : Math.Min(1m, (decimal)Done / Owed);
}

/// <summary>Sums of unit figures: the office's one-line totals.</summary>
public static class UnitFigures
{
    public static (int Done, int Owed, decimal Share) Total(IEnumerable<UnitFigure> figures)
    {
        var (done, owed) = figures.Aggregate((0, 0), (t, f) => (t.Item1 + Math.Min(f.Done, f.Owed), t.Item2 + f.Owed));
        return (done, owed, owed == 0 ? 1m : (decimal)done / owed);
    }
}
