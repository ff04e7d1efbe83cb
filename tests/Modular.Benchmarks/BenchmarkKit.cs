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

    /// <summary>
    /// A banner's tree, set-based: a committee named <paramref name="rootName"/> over <paramref name="towns"/> town
    /// committees (codes t1…) over <paramref name="branches"/> village branches (codes b1…, dealt round the towns).
    /// </summary>
    public static async Task<long> OrganizationTreeAsync(NpgsqlDataSource database, int j, string rootName, int towns, int branches)
    {
        var root = await ScalarAsync(database, $"insert into roster.organizations (jurisdiction_id, code, name, kind) values ({j}, 'root', '{rootName}', 'PartyCommittee') returning id");
        await ExecuteAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind, sector)
            select {j}, {root}, 't' || t, '第' || t || '苏木镇党委', 'PartyCommittee', 'Township' from generate_series(1, {towns}) t
            """);
        await ExecuteAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind, sector)
            select {j}, (select id from roster.organizations where jurisdiction_id = {j} and code = 't' || (1 + b % {towns})),
                   'b' || b, '第' || b || '嘎查党支部', 'Branch', 'Village'
              from generate_series(1, {branches}) b
            """);
        return root;
    }
}
