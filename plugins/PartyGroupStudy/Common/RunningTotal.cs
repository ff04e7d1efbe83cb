namespace Modular.Plugins.PartyGroupStudy.Common;

/// <summary>A minimum met by adding up over days (40 hours of study, 20,000 characters of notes). Pure.</summary>
public static class RunningTotal
{
    /// <summary>The first day on which the running total of the amounts, day by day, reached the minimum; null while short.</summary>
    public static DateOnly? DayReached(IEnumerable<(DateOnly Day, decimal Amount)> entries, decimal minimum)
    {
        var total = 0m;
        foreach (var day in entries.GroupBy(e => e.Day).OrderBy(g => g.Key))
            if ((total += day.Sum(e => e.Amount)) >= minimum) return day.Key;
        return null;
    }
}
