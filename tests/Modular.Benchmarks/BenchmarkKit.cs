using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Modular.Benchmarks;

/// <summary>What every benchmark needs: its <c>--name=value</c> options, a median timing, and raw SQL with no command timeout.</summary>
internal static class BenchmarkKit
{
    public static int Option(string[] args, string name, int fallback) =>
        args.Select(a => a.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == "--" + name) is { } found ? int.Parse(found[1], CultureInfo.InvariantCulture) : fallback;

    /// <summary>The median of <paramref name="runs"/> timed runs, after one untimed warm-up run.</summary>
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        await action(); // warm-up: plans, buffers, JIT
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed);
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    // Bulk loads over generated data run long: no command timeout.
    public static async Task ExecuteAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> ScalarAsync(NpgsqlDataSource database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
