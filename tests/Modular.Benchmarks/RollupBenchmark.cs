using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;
using Modular.Schedules;
using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The compliance rollup at county scale: 50,000 members in a tree (county → townships → branches),
/// one daily obligation per member per day for a year, generated set-based with generate_series.
/// Times the rollup (<see cref="ComplianceRollup.Sql"/>) for the county root and for one township,
/// median of several runs, against a raw <c>count(*)</c> over the same rows in the same run.
/// Options: <c>--members=50000 --days=365 --runs=5</c>.
/// </summary>
public static class RollupBenchmark
{
    private const int Jurisdiction = 1;
    private const long County = 1;

    public static async Task RunAsync(string[] args)
    {
        var members = Option(args, "members", 50_000);
        var days = Option(args, "days", 365);
        var runs = Option(args, "runs", 5);
        const int townships = 12, membersPerBranch = 50;
        var branches = (members + membersPerBranch - 1) / membersPerBranch;
        var from = new DateOnly(2011, 1, 1);
        var to = from.AddDays(days - 1);
        var today = to.AddDays(1);

        var directory = Path.Combine(Path.GetTempPath(), $"modular-bench-{Environment.ProcessId}");
        await using var postgres = new EmbeddedPostgres(new EmbeddedPostgresOptions { DataDirectory = directory, Durable = false }, NullLogger<EmbeddedPostgres>.Instance);
        try
        {
            var total = Stopwatch.StartNew();
            var admin = await postgres.StartAsync(CancellationToken.None);
            await using var database = NpgsqlDataSource.Create(admin);
            // Schedules after the modules it migrates behind (its 0005 moves the account links to identity).
            var runner = new SqlMigrationRunner(database, NullLogger<SqlMigrationRunner>.Instance);
            await runner.ApplyAsync(Modular.Jurisdictions.JurisdictionsDbContext.Schema, SqlMigrations.FromAssembly(typeof(Modular.Jurisdictions.JurisdictionsDbContext).Assembly), CancellationToken.None);
            await runner.ApplyAsync(Modular.Identity.ModularIdentityDbContext.Schema, SqlMigrations.FromAssembly(typeof(Modular.Identity.ModularIdentityDbContext).Assembly), CancellationToken.None);
            await runner.ApplyAsync(SchedulesDbContext.SchemaName, SqlMigrations.FromAssembly(typeof(SchedulesDbContext).Assembly), CancellationToken.None);
            Console.WriteLine($"rollup benchmark: {members:N0} members, {branches:N0} branches in {townships} townships, {days} days ({from:yyyy-MM-dd}..{to:yyyy-MM-dd})");

            // The tree: county 1 → townships 100.. → branches 10000..; members spread evenly over branches.
            var nodes = new List<(long, long?)> { (County, null) };
            nodes.AddRange(Enumerable.Range(0, townships).Select(t => (100L + t, (long?)County)));
            nodes.AddRange(Enumerable.Range(0, branches).Select(b => (10_000L + b, (long?)(100 + b % townships))));
            await ComplianceRollup.WriteClosureAsync(database, Jurisdiction, nodes);

            var load = Stopwatch.StartNew();
            await ExecuteAsync(database, "drop index schedules.obligations_rollup; drop index schedules.obligations_obliged; drop index schedules.obligations_natural_key");
            // Bulk load: the counters' per-statement trigger is off, and they are filled by one aggregate afterwards (the same numbers).
            await ExecuteAsync(database, "alter table schedules.obligations disable trigger user");
            // 70% met on the day, 10% met one to three days late, 20% never met; deterministic.
            await ExecuteAsync(database, $"""
                insert into schedules.obligations (jurisdiction_id, source, type_key, obliged_kind, obliged_id, organization_id, period_start, due_on, met_on, met_at)
                select {Jurisdiction}, 'bench', 'daily-study-note', 0, m, 10000 + (m - 1) / {membersPerBranch}, d, d,
                       case when h < 7 then d when h < 8 then d + (1 + h % 3) end,
                       case when h < 7 then d + time '20:00' when h < 8 then d + (1 + h % 3) + time '09:00' end
                  from generate_series(date '{from:yyyy-MM-dd}', date '{to:yyyy-MM-dd}', interval '1 day') as g(day)
                  cross join lateral (select g.day::date as d) dd
                  cross join generate_series(1, {members}) as m
                  cross join lateral (select ((m * 7919 + (d - date '2011-01-01') * 104729) % 10) as h) hh
                """);
            var inserted = load.Elapsed;
            await ExecuteAsync(database, """
                insert into schedules.obligation_day_counts (jurisdiction_id, organization_id, type_key, due_on, total, done, late)
                select jurisdiction_id, organization_id, type_key, due_on, count(*), count(*) filter (where met_on <= due_on), count(*) filter (where met_on > due_on)
                  from schedules.obligations where due_on is not null group by 1, 2, 3, 4
                """);
            await ExecuteAsync(database, "alter table schedules.obligations enable trigger user");
            var counted = load.Elapsed;
            await ExecuteAsync(database, "create index obligations_rollup on schedules.obligations (jurisdiction_id, organization_id, type_key, due_on) include (met_on)");
            await ExecuteAsync(database, "create unique index obligations_natural_key on schedules.obligations (jurisdiction_id, type_key, obliged_kind, obliged_id, period_start)");
            await ExecuteAsync(database, "create index obligations_obliged on schedules.obligations (jurisdiction_id, obliged_kind, obliged_id, due_on)");
            var indexed = load.Elapsed;
            await ExecuteAsync(database, "vacuum analyze schedules.obligations");
            await ExecuteAsync(database, "vacuum analyze schedules.obligation_day_counts");
            await ExecuteAsync(database, "vacuum analyze schedules.organization_closure");
            var rows = await ScalarAsync(database, "select count(*) from schedules.obligations");
            var counterRows = await ScalarAsync(database, "select count(*) from schedules.obligation_day_counts");
            Console.WriteLine($"generated {rows:N0} obligation rows ({counterRows:N0} day-counter rows): insert {inserted.TotalSeconds:0.0} s, " +
                              $"counters {(counted - inserted).TotalSeconds:0.0} s, indexes {(indexed - counted).TotalSeconds:0.0} s, vacuum analyze {(load.Elapsed - indexed).TotalSeconds:0.0} s");

            foreach (var (label, root) in new[] { ("county root", County), ("one township", 100L) })
            {
                IReadOnlyList<ComplianceLine> lines = [], fromRows = [];
                var rollup = await MedianAsync(runs, async () => lines = await ComplianceRollup.RollupAsync(database, Jurisdiction, root, from, to, today));
                var rowsRollup = await MedianAsync(Math.Min(runs, 3), async () => fromRows = await ComplianceRollup.RollupFromRowsAsync(database, Jurisdiction, root, from, to, today));
                var baseline = await MedianAsync(Math.Min(runs, 3), () => ScalarAsync(database, """
                    select count(*) from schedules.organization_closure c
                      join schedules.obligations o on o.jurisdiction_id = c.jurisdiction_id and o.organization_id = c.descendant_id
                     where c.jurisdiction_id = @j and c.ancestor_id = @root and o.due_on between @from and @to
                    """, ("j", Jurisdiction), ("root", root), ("from", from), ("to", to)));
                var l = lines.Single();
                if (l != fromRows.Single()) throw new InvalidOperationException($"counters {l} differ from rows {fromRows.Single()}");
                Console.WriteLine($"{label}: {l.Total:N0} obligations (done {l.DonePercent}%, late {l.LatePercent}%, missed {l.MissedPercent}%)");
                Console.WriteLine($"  rollup over day counters   median {rollup.TotalMilliseconds,9:0.0} ms");
                Console.WriteLine($"  rollup over obligation rows median {rowsRollup.TotalMilliseconds,9:0.0} ms");
                Console.WriteLine($"  raw count(*) of those rows median {baseline.TotalMilliseconds,9:0.0} ms   (counters/raw {rollup / baseline:0.000}, rows/raw {rowsRollup / baseline:0.00})");
                // The rollup the compliance page reads must not cost more than counting the rows it sums (issue 20: within 2×).
                ResultTable.Add($"compliance rollup, {members:N0} members, {label}", rollup, "count(*) of the rows", baseline, new Target(MaxRatio: 2));
            }
            Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            await postgres.StopAsync();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
