using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Modular.Audit;
using Modular.Host.Database;
using Modular.Organizations;
using Modular.Sdk.Core;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Benchmarks;

/// <summary>
/// Roster import benchmark: 100,000 generated people (Chinese and Mongolian names) through the real importer
/// (CSV parse, validation, binary COPY into a temp table, UPDATE/INSERT from it), against a raw binary COPY of
/// the same rows into a bare table, and row-by-row INSERTs of 2,000 rows extrapolated. Embedded PostgreSQL
/// (Durable=false) under /tmp, deleted at the end.
/// </summary>
public static class RosterImportBenchmark
{
    public static async Task RunAsync()
    {

        const int People = 100_000;
        const int RowByRow = 2_000;
        const int JurisdictionId = 1;

        var dataDirectory = Path.Combine(Path.GetTempPath(), $"modular-bench-{Environment.ProcessId}");
        var postgres = new EmbeddedPostgres(new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Durable = false }, NullLogger<EmbeddedPostgres>.Instance);
        var total = Stopwatch.StartNew();
        try
        {
            var connectionString = await postgres.StartAsync(CancellationToken.None);
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var migrations = new SqlMigrationRunner(dataSource, NullLogger<SqlMigrationRunner>.Instance);
            await migrations.ApplyAsync(RosterDbContext.SchemaName, SqlMigrations.FromAssembly(typeof(RosterDbContext).Assembly), CancellationToken.None);
            await migrations.ApplyAsync(AuditModule.Schema, SqlMigrations.FromAssembly(typeof(AuditModule).Assembly), CancellationToken.None);
            Console.WriteLine($"PostgreSQL started and migrated in {total.Elapsed.TotalSeconds:F1} s ({dataDirectory})");

            var options = new DbContextOptionsBuilder<RosterDbContext>().UseNpgsql(dataSource).Options;
            await using var db = new RosterDbContext(options) { CurrentJurisdictionId = JurisdictionId };
            var committee = new Organization { Code = "A", Name = "阿拉善右旗委", Kind = OrganizationKind.PartyCommittee };
            db.Organizations.Add(committee);
            await db.SaveChangesAsync();
            var branches = Enumerable.Range(1, 50).Select(i => new Organization { Code = $"A{i:D2}", Name = $"第{i}党支部", Kind = OrganizationKind.Branch, ParentId = committee.Id }).ToList();
            db.Organizations.AddRange(branches);
            await db.SaveChangesAsync();

            // The rows, generated once: the importer gets them as a CSV, the baselines as values.
            string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
            string[] given = ["芳", "伟", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟"];
            string[] mongolian = ["巴特尔", "其其格", "乌云", "苏和", "额尔敦", "图雅", "宝音", "萨仁", "阿拉坦", "那仁"];
            string[] script = ["ᠪᠠᠲᠤ", "ᠴᠡᠴᠡᠭ", "ᠤᠶᠤᠨ", "ᠰᠦᠬᠡ"];
            var random = new Random(2011);
            var rows = new List<(string Name, string Gender, string Ethnicity, DateOnly Birth, string IdNumber, string Branch, DateOnly Joined, string Phone)>(People);
            for (var i = 0; i < People; i++)
            {
                var isMongol = i % 3 == 0;
                var name = isMongol ? (i % 30 == 0 ? script[i / 30 % script.Length] : mongolian[random.Next(mongolian.Length)]) + "·" + i.ToString(CultureInfo.InvariantCulture)
                                    : surnames[random.Next(surnames.Length)] + given[random.Next(given.Length)] + i.ToString(CultureInfo.InvariantCulture);
                var birth = new DateOnly(1940, 1, 1).AddDays(random.Next(0, 365 * 60));
                var first17 = "152922" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (i % 1000).ToString("D3", CultureInfo.InvariantCulture);
                var idNumber = i % 10 == 0 ? "" : first17 + RosterCells.CheckDigit(first17);
                rows.Add((name, i % 2 == 0 ? "男" : "女", isMongol ? "蒙古族" : "汉族", birth, idNumber, branches[i % branches.Count].Name,
                    birth.AddYears(25), "139" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture)));
            }
            // Unique ID numbers (the generator could repeat one): keep the first.
            var seen = new HashSet<string>();
            rows = rows.Select(r => r.IdNumber.Length > 0 && !seen.Add(r.IdNumber) ? r with { IdNumber = "" } : r).ToList();
            var csv = new StringBuilder("序号,姓名,性别,民族,出生日期,身份证号码,人员类别,所在党支部,入党时间,联系电话\n");
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                csv.Append(CultureInfo.InvariantCulture, $"{i + 1},{r.Name},{r.Gender},{r.Ethnicity},{r.Birth:yyyy-MM-dd},{r.IdNumber},223_正式党员,{r.Branch},{r.Joined:yyyy/M/d},{r.Phone}\n");
            }
            var bytes = Encoding.UTF8.GetBytes(csv.ToString());
            Console.WriteLine($"Generated {People:N0} people ({bytes.Length / 1024.0 / 1024.0:F1} MB of CSV)");

            var importer = new RosterImporter(db, TimeProvider.System, new SystemActor(), Options.Create(new UploadLimits()), new NoListeners());
            using var profile = new StepProfile(RosterImporter.Steps.Name);
            var watch = Stopwatch.StartNew();
            var outcome = await importer.ImportAsync(bytes, "bench.csv");
            var importTime = watch.Elapsed;
            Console.WriteLine($"  steps: {profile.TakeSummary()}");
            if (!outcome.Succeeded) throw new InvalidOperationException(string.Join("\n", outcome.Errors.Take(5).Select(e => e.Message)));
            Console.WriteLine($"Importer, first import:  {importTime.TotalSeconds,6:F2} s  (added {outcome.Added:N0}, updated {outcome.Updated:N0})");
            watch.Restart();
            var again = await importer.ImportAsync(bytes, "bench.csv");
            var reimportTime = watch.Elapsed;
            Console.WriteLine($"Importer, re-import:     {reimportTime.TotalSeconds,6:F2} s  (added {again.Added:N0}, updated {again.Updated:N0})");
            Console.WriteLine($"  steps: {profile.TakeSummary()}");

            await using (var connection = await dataSource.OpenConnectionAsync())
            {
                await using (var create = new NpgsqlCommand("""
                    CREATE TABLE bench_raw (jurisdiction_id integer, organization_id bigint, name text, gender text, ethnicity text, birth_date date,
                        id_number text, category text, joined_on date, phone text);
                    CREATE TABLE bench_rows (LIKE bench_raw)
                    """, connection)) await create.ExecuteNonQueryAsync();
                var branchIds = branches.ToDictionary(b => b.Name, b => b.Id);

                watch.Restart();
                // The rows' ten columns, in the order both COPY baselines name them.
                async Task CopyRowsAsync(string copyCommand, int jurisdiction)
                {
                    await using var copy = await connection.BeginBinaryImportAsync(copyCommand);
                    foreach (var r in rows)
                    {
                        await copy.StartRowAsync();
                        await copy.WriteAsync(jurisdiction, NpgsqlDbType.Integer);
                        await copy.WriteAsync(branchIds[r.Branch], NpgsqlDbType.Bigint);
                        await copy.WriteAsync(r.Name, NpgsqlDbType.Text);
                        await copy.WriteAsync(r.Gender, NpgsqlDbType.Text);
                        await copy.WriteAsync(r.Ethnicity, NpgsqlDbType.Text);
                        await copy.WriteAsync(r.Birth, NpgsqlDbType.Date);
                        if (r.IdNumber.Length == 0) await copy.WriteNullAsync(); else await copy.WriteAsync(r.IdNumber, NpgsqlDbType.Text);
                        await copy.WriteAsync("Full", NpgsqlDbType.Text);
                        await copy.WriteAsync(r.Joined, NpgsqlDbType.Date);
                        await copy.WriteAsync(r.Phone, NpgsqlDbType.Text);
                    }
                    await copy.CompleteAsync();
                }

                await CopyRowsAsync("COPY bench_raw FROM STDIN (FORMAT BINARY)", JurisdictionId);
                var copyTime = watch.Elapsed;
                Console.WriteLine($"Raw binary COPY:         {copyTime.TotalSeconds,6:F2} s  (bare table, no parsing, no checks)");

                watch.Restart();
                foreach (var r in rows.Take(RowByRow))
                {
                    await using var insert = new NpgsqlCommand("INSERT INTO bench_rows VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", connection);
                    insert.Parameters.Add(new() { Value = JurisdictionId });
                    insert.Parameters.Add(new() { Value = branchIds[r.Branch] });
                    insert.Parameters.Add(new() { Value = r.Name });
                    insert.Parameters.Add(new() { Value = r.Gender });
                    insert.Parameters.Add(new() { Value = r.Ethnicity });
                    insert.Parameters.Add(new() { Value = r.Birth });
                    insert.Parameters.Add(new() { Value = r.IdNumber.Length == 0 ? DBNull.Value : r.IdNumber });
                    insert.Parameters.Add(new() { Value = "Full" });
                    insert.Parameters.Add(new() { Value = r.Joined });
                    insert.Parameters.Add(new() { Value = r.Phone });
                    await insert.ExecuteNonQueryAsync();
                }
                var rowTime = watch.Elapsed * (People / (double)RowByRow);
                Console.WriteLine($"Row-by-row INSERT:       {rowTime.TotalSeconds,6:F2} s  (extrapolated from {RowByRow:N0} rows in {watch.Elapsed.TotalSeconds:F2} s)");

                // The floor any correct import stands on: the same rows by binary COPY into roster.people itself (its primary
                // key, its three indexes, its foreign key to the organizations) and one audit entry each (the trail every
                // write leaves), by one INSERT ... SELECT. In a second jurisdiction with the same tree, so nothing collides.
                await using (var tree = new NpgsqlCommand("""
                    INSERT INTO roster.organizations (jurisdiction_id, id, parent_id, code, name, kind)
                    SELECT 2, id, parent_id, code, name, kind FROM roster.organizations WHERE jurisdiction_id = 1
                    """, connection)) await tree.ExecuteNonQueryAsync();
                watch.Restart();
                await using (var tx = await connection.BeginTransactionAsync())
                {
                    await CopyRowsAsync(
                        "COPY roster.people (jurisdiction_id, organization_id, name, gender, ethnicity, birth_date, id_number, category, joined_on, phone) FROM STDIN (FORMAT BINARY)", 2);
                    await using (var audit = new NpgsqlCommand("""
                        INSERT INTO audit.entries (jurisdiction_id, occurred_at, user_id, user_name, entity, entity_key, action, before, after)
                        SELECT jurisdiction_id, now(), NULL, 'bench', 'roster.people', jurisdiction_id || '/' || id, 'insert', NULL, to_jsonb(p)
                          FROM roster.people p WHERE jurisdiction_id = 2
                        """, connection)) await audit.ExecuteNonQueryAsync();
                    await tx.CommitAsync();
                }
                var floorTime = watch.Elapsed;
                Console.WriteLine($"COPY into roster.people + audit: {floorTime.TotalSeconds,6:F2} s  (its keys, indexes, foreign key and audit trail; by hand)");
                Console.WriteLine($"Importer / raw COPY: {importTime / copyTime:F1}x   importer / COPY with keys and audit: {importTime / floorTime:F1}x   row-by-row / importer: {rowTime / importTime:F1}x");
                ResultTable.Add($"roster import, {People:N0} people, first", importTime, "COPY into the table + audit", floorTime, new Target(MaxRatio: 3));
                ResultTable.Add($"roster import, {People:N0} people, again", reimportTime, "COPY into the table + audit", floorTime, new Target(MaxRatio: 3));
                ResultTable.Add($"roster import, {People:N0} people, first", importTime, "raw binary COPY, bare table", copyTime, Target.Report);
                ResultTable.Add($"row-by-row INSERT, {People:N0} people", rowTime, "raw binary COPY", copyTime, Target.Report);
            }
            await using var check = dataSource.CreateCommand("SELECT (SELECT count(*) FROM roster.people WHERE jurisdiction_id = 1), (SELECT count(*) FROM audit.entries WHERE jurisdiction_id = 1 AND entity = 'roster.people')");
            await using (var counts = await check.ExecuteReaderAsync())
            {
                await counts.ReadAsync();
                Console.WriteLine($"roster.people holds {counts.GetInt64(0):N0} rows, audit.entries {counts.GetInt64(1):N0} of them; total run {total.Elapsed.TotalSeconds:F1} s");
            }
        }
        finally
        {
            await postgres.StopAsync();
            try { Directory.Delete(dataDirectory, recursive: true); File.Delete(dataDirectory + ".lock"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>The importer's "who" outside a request: the system, as for a scheduled job.</summary>
internal sealed class SystemActor : IAuditActor
{
    public AuditUser Current => AuditUser.System;
}

/// <summary>Nobody listens to the roster's changes here: the benchmark times the import alone.</summary>
internal sealed class NoListeners : Modular.Sdk.Core.IIntegrationEvents
{
    public Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull => Task.CompletedTask;
}

/// <summary>The durations of the spans one <see cref="ActivitySource"/> emits, in the order they ended: where an import's time goes.</summary>
internal sealed class StepProfile : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<(string Name, TimeSpan Duration)> _ended = new();

    public StepProfile(string source)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => _ended.Enqueue((a.OperationName, a.Duration)),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>"read 0.41 s, validate 0.30 s, …" for the spans ended since the last call.</summary>
    public string TakeSummary()
    {
        var parts = new List<string>();
        while (_ended.TryDequeue(out var step)) parts.Add($"{step.Name[(step.Name.LastIndexOf('.') + 1)..]} {step.Duration.TotalSeconds:F2} s");
        return string.Join(", ", parts);
    }

    public void Dispose() => _listener.Dispose();
}
