using Modular.Audit;
using Modular.Schedules.Rules;
using Modular.Sdk.Scheduling;
using Modular.Sdk;
using Modular.Sdk.Core;
using Npgsql;

namespace Modular.Schedules;

/// <summary>One obligation type's numbers for a subtree: how many, and how many are done, late, missed, pending.</summary>
internal sealed record ComplianceLine(string TypeKey, long Total, long Done, long Late, long Missed, long Pending)
{
    public double Share(long n) => Total == 0 ? 0 : Math.Round(100.0 * n / Total, 1);
    public double DonePercent => Share(Done);
    public double LatePercent => Share(Late);
    public double MissedPercent => Share(Missed);
    public double PendingPercent => Share(Pending);
}

/// <summary>
/// Compliance of an organization's subtree per obligation type over a range of due days: one SQL
/// aggregate joining the organization closure table to the obligations' rollup index, both led by
/// the jurisdiction id. The status follows <see cref="ObligationStatusRules"/>.
/// </summary>
internal sealed class ComplianceRollup(NpgsqlDataSource database, IOrganizationDirectory organizations, IJurisdictionContext jurisdiction, CurrentObligations current)
{
    /// <summary>
    /// The rollup: the closure table joined to the per-day counters (<c>obligation_day_counts</c>, kept by
    /// triggers), one aggregate. Unmet obligations are missed before <c>@today</c>, pending from it on.
    /// </summary>
    public const string Sql = """
        select d.type_key, sum(d.total)::bigint, sum(d.done)::bigint, sum(d.late)::bigint,
               coalesce(sum(d.total - d.done - d.late) filter (where d.due_on < @today), 0)::bigint,
               coalesce(sum(d.total - d.done - d.late) filter (where d.due_on >= @today), 0)::bigint
          from schedules.organization_closure c
          join schedules.obligation_day_counts d on d.jurisdiction_id = c.jurisdiction_id and d.organization_id = c.descendant_id
         where c.jurisdiction_id = @j and c.ancestor_id = @root and d.due_on between @from and @to
         group by d.type_key
        having sum(d.total) > 0
         order by d.type_key
        """;

    /// <summary>The same numbers straight from the obligation rows with the status expression (the counters' reference; the benchmark compares both).</summary>
    public const string RowsSql = $"""
        select o.type_key, {ObligationStatusRules.SqlExpression} as status, count(*)
          from schedules.organization_closure c
          join schedules.obligations o on o.jurisdiction_id = c.jurisdiction_id and o.organization_id = c.descendant_id
         where c.jurisdiction_id = @j and c.ancestor_id = @root and o.due_on between @from and @to
         group by 1, 2
        """;

    /// <summary>The same for one person's own obligations, from the rows (a member's own compliance).</summary>
    public const string PersonSql = $"""
        select o.type_key, {ObligationStatusRules.SqlExpression} as status, count(*)
          from schedules.obligations o
         where o.jurisdiction_id = @j and o.obliged_kind = 0 and o.obliged_id = @person and o.due_on between @from and @to
         group by 1, 2
        """;

    public async Task<IReadOnlyList<ComplianceLine>> RollupAsync(long rootOrganizationId, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct = default)
    {
        await current.EnsureAsync(ct);
        await RefreshTreeAsync(ct);
        return await RollupAsync(database, jurisdiction.Required.Id, rootOrganizationId, from, to, today, ct);
    }

    public async Task<IReadOnlyList<ComplianceLine>> RollupPersonAsync(long personId, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct = default)
    {
        await current.EnsureAsync(ct);
        await using var connection = await database.OpenForJurisdictionAsync(jurisdiction.Required.Id, ct);
        await using var command = Command(connection, PersonSql, jurisdiction.Required.Id, ("person", personId), from, to, today);
        return await LinesFromStatusCountsAsync(command, ct);
    }

    /// <summary>
    /// The range a rollup covers unless asked otherwise: this calendar year, widened to the first and last due day
    /// stored, so a campaign of another year (whose missed items a plugin still reports) is counted too.
    /// </summary>
    public async Task<(DateOnly From, DateOnly To)> DefaultRangeAsync(DateOnly today, CancellationToken ct = default)
    {
        await current.EnsureAsync(ct);
        await using var connection = await database.OpenForJurisdictionAsync(jurisdiction.Required.Id, ct);
        await using var command = new NpgsqlCommand("select min(due_on), max(due_on) from schedules.obligation_day_counts where jurisdiction_id = $1 and total > 0", connection);
        command.Parameters.Add(new() { Value = jurisdiction.Required.Id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (from, to) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        if (!reader.IsDBNull(0) && reader.GetFieldValue<DateOnly>(0) < from) from = reader.GetFieldValue<DateOnly>(0);
        if (!reader.IsDBNull(1) && reader.GetFieldValue<DateOnly>(1) > to) to = reader.GetFieldValue<DateOnly>(1);
        return (from, to);
    }

    public static async Task<IReadOnlyList<ComplianceLine>> RollupAsync(NpgsqlDataSource database, int jurisdictionId, long root, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionPlanningEachRunAsync(jurisdictionId, ct); // a subtree's days: real row counts
        await using var command = Command(connection, Sql, jurisdictionId, ("root", root), from, to, today);
        var lines = new List<ComplianceLine>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            lines.Add(new ComplianceLine(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        return lines;
    }

    /// <summary>The rollup computed from the obligation rows themselves (<see cref="RowsSql"/>).</summary>
    public static async Task<IReadOnlyList<ComplianceLine>> RollupFromRowsAsync(NpgsqlDataSource database, int jurisdictionId, long root, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionAsync(jurisdictionId, ct);
        await using var command = Command(connection, RowsSql, jurisdictionId, ("root", root), from, to, today);
        return await LinesFromStatusCountsAsync(command, ct);
    }

    // Rows of (type, status, count) into one line per type.
    private static async Task<IReadOnlyList<ComplianceLine>> LinesFromStatusCountsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var line = counts.TryGetValue(reader.GetString(0), out var c) ? c : counts[reader.GetString(0)] = new long[4];
                line[reader.GetInt32(1)] += reader.GetInt64(2);
            }
        return counts.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ComplianceLine(c.Key, c.Value.Sum(), c.Value[1], c.Value[2], c.Value[3], c.Value[0])).ToList();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, int jurisdictionId, (string Name, long Id) subject, DateOnly from, DateOnly to, DateOnly today)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("j", jurisdictionId);
        command.Parameters.AddWithValue(subject.Name, subject.Id);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("today", today);
        return command;
    }

    /// <summary>
    /// Copies the organization tree from the directory into the closure table (in one transaction) unless the closure was
    /// written for the tree's current version already, which costs one small read.
    /// </summary>
    private async Task RefreshTreeAsync(CancellationToken ct)
    {
        var jurisdictionId = jurisdiction.Required.Id;
        var (tree, closure) = await VersionsAsync(jurisdictionId, ct);
        if (tree is not null && tree == closure) return;
        // Read after the version: the tree is at least that new, and WriteClosureAsync records the version only if no change
        // to the tree was committed in between.
        var nodes = await organizations.ListAsync(ct);
        await WriteClosureAsync(database, jurisdictionId, [.. nodes.Select(n => (n.Id, n.ParentId))], tree, ct);
    }

    // The tree's version and the one its closure was written for. A jurisdiction whose tree has no version (one that never
    // had an organization, or a directory other than the roster's, as in tests) is written every time.
    private async Task<(long? Tree, long? Closure)> VersionsAsync(int jurisdictionId, CancellationToken ct)
    {
        await using var connection = await database.OpenForJurisdictionAsync(jurisdictionId, ct);
        await using var command = new NpgsqlCommand("""
            select (select version from roster.organization_tree_versions where jurisdiction_id = $1),
                   (select tree_version from schedules.organization_closure_versions where jurisdiction_id = $1)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = jurisdictionId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1));
    }

    /// <param name="treeVersion">
    /// The tree version read before <paramref name="nodes"/>, recorded with the closure if it is still the current one when
    /// the transaction ends. Null writes the closure without recording a version (the benchmarks' own trees).
    /// </param>
    public static async Task<int> WriteClosureAsync(NpgsqlDataSource database, int jurisdictionId, IReadOnlyList<(long Id, long? ParentId)> nodes,
        long? treeVersion = null, CancellationToken ct = default)
    {
        var parents = nodes.ToDictionary(n => n.Id, n => n.ParentId);
        var (ancestors, descendants, depths) = (new List<long>(), new List<long>(), new List<int>());
        foreach (var (id, _) in nodes)
        {
            long? current = id;
            for (var depth = 0; current is { } c && depth <= nodes.Count; depth++)
            {
                ancestors.Add(c);
                descendants.Add(id);
                depths.Add(depth);
                current = parents.GetValueOrDefault(c);
            }
        }
        await using var connection = await database.OpenForJurisdictionAsync(jurisdictionId, ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Only what changed: pairs no longer in the tree (or at another depth) go, missing ones come. An unchanged tree writes
        // nothing, and rollups read concurrently no longer collide (deleting everything and inserting it again, two requests
        // at once inserted the same pairs: a unique violation, answered 409).
        await using var batch = new NpgsqlBatch(connection, tx)
        {
            BatchCommands =
            {
                new("""
                    delete from schedules.organization_closure c
                     where c.jurisdiction_id = $1
                       and not exists (select 1 from unnest($2::bigint[], $3::bigint[], $4::int[]) as w(ancestor_id, descendant_id, depth)
                                        where w.ancestor_id = c.ancestor_id and w.descendant_id = c.descendant_id and w.depth = c.depth)
                    """),
                new("""
                    insert into schedules.organization_closure (jurisdiction_id, ancestor_id, descendant_id, depth)
                    select $1, * from unnest($2::bigint[], $3::bigint[], $4::int[])
                    on conflict (jurisdiction_id, ancestor_id, descendant_id) do nothing
                    """),
            },
        };
        foreach (var command in batch.BatchCommands)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = jurisdictionId });
            command.Parameters.Add(new NpgsqlParameter { Value = ancestors.ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = descendants.ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = depths.ToArray() });
        }
        await batch.ExecuteNonQueryAsync(ct);
        if (treeVersion is { } version) await RecordVersionAsync(connection, tx, jurisdictionId, version, ct);
        await tx.CommitAsync(ct);
        return ancestors.Count;
    }

    // Versions come from a sequence and never repeat, so "still the same number" means "no change committed since". The
    // share lock makes a change to the tree wait for this commit; a tree that moved on meanwhile records nothing, and the
    // next rollup writes the closure again.
    private static async Task RecordVersionAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int jurisdictionId, long version, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            insert into schedules.organization_closure_versions (jurisdiction_id, tree_version)
            select v.jurisdiction_id, v.version
              from (select jurisdiction_id, version from roster.organization_tree_versions where jurisdiction_id = $1 for share) v
             where v.version = $2
            on conflict (jurisdiction_id) do update set tree_version = excluded.tree_version
            """, connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = jurisdictionId });
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        await command.ExecuteNonQueryAsync(ct);
    }
}
