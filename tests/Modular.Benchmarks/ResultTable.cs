using System.Globalization;
using System.Text;

namespace Modular.Benchmarks;

/// <summary>
/// What a path must meet: at most <see cref="MaxRatio"/> times its baseline measured in the same run, and (for pages people
/// wait on) a median under <see cref="MaxMedian"/>. Neither: the row only reports (a cost to know, like a password hash).
/// </summary>
internal sealed record Target(double? MaxRatio = null, TimeSpan? MaxMedian = null)
{
    public static readonly Target Report = new();

    public bool IsMetBy(TimeSpan ours, TimeSpan baseline) =>
        (MaxRatio is not { } ratio || Ratio(ours, baseline) <= ratio) && (MaxMedian is not { } most || ours <= most);

    public static double Ratio(TimeSpan ours, TimeSpan baseline) => baseline <= TimeSpan.Zero ? double.PositiveInfinity : ours / baseline;

    public override string ToString() => (MaxRatio, MaxMedian) switch
    {
        (null, null) => "report",
        ({ } r, null) => $"≤ {r:0.##}×",
        (null, { } m) => $"< {Time(m)}",
        ({ } r, { } m) => $"≤ {r:0.##}×, < {Time(m)}",
    };

    public static string Time(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.00} s" : t.TotalMilliseconds >= 1 ? $"{t.TotalMilliseconds:0.0} ms" : $"{t.TotalMilliseconds:0.00} ms";
}

/// <summary>One line of the table: a path, our time, its raw baseline's (named), and the target.</summary>
internal sealed record ResultRow(string Path, TimeSpan Ours, string BaselineName, TimeSpan Baseline, Target Target)
{
    public double Ratio => Target.Ratio(Ours, Baseline);
    public string Verdict => Target == Target.Report ? "—" : Target.IsMetBy(Ours, Baseline) ? "pass" : "FAIL";
}

/// <summary>
/// The one table every benchmark adds its rows to (path, ours, baseline, ratio, target, pass/fail), printed at the end of the
/// run as text and as the Markdown the README carries. Ratios, not times, are the measure: this machine is noisy, and a path
/// and its baseline measured minutes apart in the same run share the noise.
/// </summary>
internal static class ResultTable
{
    private static readonly List<ResultRow> Rows = [];
    private static readonly List<MemoryRow> MemoryRows = [];

    public static void Add(string path, TimeSpan ours, string baselineName, TimeSpan baseline, Target target) =>
        Rows.Add(new ResultRow(path, ours, baselineName, baseline, target));

    /// <summary>A memory figure (resident set, bytes) beside its baseline's, held to an absolute ceiling (null: report only).</summary>
    public static void AddMemory(string path, long ours, string baselineName, long baseline, long? maxBytes) =>
        MemoryRows.Add(new MemoryRow(path, ours, baselineName, baseline, maxBytes));

    public static int Failed => Rows.Count(r => r.Verdict == "FAIL") + MemoryRows.Count(r => r.Verdict == "FAIL");

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| path | ours | baseline | ratio | target | |");
        text.AppendLine("|---|---:|---|---:|---|---|");
        foreach (var r in Rows)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Path} | {Target.Time(r.Ours)} | {r.BaselineName}: {Target.Time(r.Baseline)} | {r.Ratio:0.00}× | {r.Target} | {r.Verdict} |");
        foreach (var r in MemoryRows)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Path} | {MemoryRow.Mb(r.Ours)} | {r.BaselineName}: {MemoryRow.Mb(r.Baseline)} | {(double)r.Ours / r.Baseline:0.00}× | {(r.MaxBytes is { } max ? $"≤ {MemoryRow.Mb(max)}" : "report")} | {r.Verdict} |");
        return text.ToString();
    }

    public static void Print()
    {
        if (Rows.Count + MemoryRows.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine($"Results ({Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC): {Rows.Count + MemoryRows.Count} paths, {Failed} below target");
        Console.Write(Markdown());
    }
}

/// <summary>One memory line of the table: resident bytes, its baseline's, and the ceiling.</summary>
internal sealed record MemoryRow(string Path, long Ours, string BaselineName, long Baseline, long? MaxBytes)
{
    public string Verdict => MaxBytes is not { } max ? "—" : Ours <= max ? "pass" : "FAIL";

    public static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0} MB";
}
