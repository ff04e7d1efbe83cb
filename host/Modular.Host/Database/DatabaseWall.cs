using Modular.Audit;
using Npgsql;

namespace Modular.Host.Database;

/// <summary>
/// The second wall between jurisdictions, built by the owner at every start: the application role
/// (<see cref="DatabaseRoles"/>) with just the rights to read and write rows, and on every table that
/// has a <c>jurisdiction_id</c> — core and plugin schemas alike, present and future — row-level
/// security with the policy <see cref="PolicyName"/>: a connection sees and writes only the rows of
/// the jurisdiction bound to it (<see cref="JurisdictionSessions"/>).
/// </summary>
public sealed class DatabaseWall(NpgsqlDataSource owner, DatabaseRoles roles)
{
    public const string PolicyName = "jurisdiction_wall";

    /// <summary>
    /// The row test of <see cref="PolicyName"/>: the bound jurisdiction's rows; all rows on a platform
    /// connection with none bound. The settings are read in sub-selects, which PostgreSQL evaluates
    /// once per query (an InitPlan) rather than once per row: an aggregate over 100,000 rows costs
    /// ~1.15× the owner's query this way, ~2.8× with current_setting in the row test.
    /// </summary>
    public const string PolicyExpression = $"""
        jurisdiction_id = (select nullif(current_setting('{JurisdictionSessions.Setting}', true), '')::integer)
        or (select current_setting('{JurisdictionSessions.PlatformSetting}', true) = 'on'
                   and coalesce(current_setting('{JurisdictionSessions.Setting}', true), '') = '')
        """;

    // Kept as the policy's comment: a table whose policy has another is given this one at the next start.
    private const string PolicyVersion = "2";

    // Append-only: the application may add entries and read them, never change or remove them.
    private static readonly string[] AppendOnlyTables = [$"{AuditModule.Schema}.entries"];

    // Several instances (or test hosts) may start at once against one cluster: roles are cluster-wide.
    private const string RoleRaceStates = "42710 23505 XX000"; // duplicate_object, unique_violation on pg_authid, tuple concurrently updated

    /// <summary>Before the migrations: the application role exists, may log in and connect, and is no superuser.</summary>
    public async Task PrepareRoleAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await EnsureRoleAsync(ct);
                break;
            }
            catch (PostgresException ex) when (attempt < 5 && RoleRaceStates.Contains(ex.SqlState))
            {
                await Task.Delay(50 * attempt, ct);
            }
        }
    }

    private async Task EnsureRoleAsync(CancellationToken ct)
    {
        var role = roles.ApplicationRole;
        await using var connection = await owner.OpenConnectionAsync(ct);
        var (exists, unsafeRole) = (false, false);
        await using (var read = new NpgsqlCommand("select rolsuper or rolbypassrls or rolcreaterole or not rolcanlogin from pg_roles where rolname = $1", connection))
        {
            read.Parameters.Add(new() { Value = role });
            if (await read.ExecuteScalarAsync(ct) is bool flags) (exists, unsafeRole) = (true, flags);
        }
        if (!roles.CreatesRole)
        {
            if (!exists) throw new InvalidOperationException($"The role of ConnectionStrings:{DatabaseRoles.ApplicationConnectionName}, \"{role}\", does not exist.");
            if (unsafeRole) throw new InvalidOperationException(
                $"The role of ConnectionStrings:{DatabaseRoles.ApplicationConnectionName}, \"{role}\", must log in and be no superuser, bypass no row-level security and create no roles.");
        }
        else if (!exists)
        {
            await ExecuteAsync(connection, $"create role {role} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls", ct);
        }
        else if (unsafeRole)
        {
            await ExecuteAsync(connection, $"alter role {role} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls", ct);
        }
        if (roles.CreatesRole && roles.ApplicationPassword is { } password)
        {
            // A derived hex string: nothing to escape.
            await ExecuteAsync(connection, $"alter role {role} password '{password}'", ct);
        }
        await ExecuteAsync(connection, $"grant connect, temporary on database {Quote(connection.Database)} to {role}", ct);
    }

    /// <summary>
    /// After the migrations: the application role may use every schema and read and write rows of
    /// every table (not the migration journals; only add to the audit log); every table with a
    /// <c>jurisdiction_id</c> has row-level security and the policy. Refuses to start if the role
    /// owns a table, since an owner passes its own policies.
    /// </summary>
    public async Task BuildAsync(CancellationToken ct)
    {
        var role = roles.ApplicationRole;
        await using var connection = await owner.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, "select pg_advisory_xact_lock(hashtext('modular.database_wall'))", ct);

        var owned = await ListAsync(connection, """
            select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relowner = (select oid from pg_roles where rolname = $1) and c.relkind in ('r', 'p') and n.nspname !~ '^pg_'
            """, role, ct);
        if (owned.Count > 0)
            throw new InvalidOperationException($"The application role \"{role}\" owns {string.Join(", ", owned.Take(5))}: it would pass their row-level security. Let the owner of the migrations own them.");

        foreach (var schema in await ListAsync(connection, "select nspname from pg_namespace where nspname !~ '^pg_' and nspname not in ('information_schema', 'public')", null, ct))
        {
            var s = Quote(schema);
            await ExecuteAsync(connection, $"""
                grant usage on schema {s} to {role};
                grant select, insert, update, delete on all tables in schema {s} to {role};
                grant usage, select, update on all sequences in schema {s} to {role};
                """, ct);
            if (await ListAsync(connection, "select 1 from pg_tables where schemaname = $1 and tablename = '__migrations'", schema, ct) is { Count: > 0 })
                await ExecuteAsync(connection, $"revoke all on {s}.__migrations from {role}", ct);
        }
        foreach (var table in AppendOnlyTables)
            await ExecuteAsync(connection, $"revoke update, delete, truncate on {table} from {role}", ct);

        foreach (var table in await ListAsync(connection, $"""
            select format('%I.%I', n.nspname, c.relname)
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p') and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
               and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'jurisdiction_id' and not a.attisdropped)
               and (not c.relrowsecurity or not exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = '{PolicyName}'
                                                          and obj_description(p.oid, 'pg_policy') = '{PolicyVersion}'))
            """, null, ct))
        {
            await ExecuteAsync(connection, $"""
                alter table {table} enable row level security;
                drop policy if exists {PolicyName} on {table};
                create policy {PolicyName} on {table} using ({PolicyExpression});
                comment on policy {PolicyName} on {table} is '{PolicyVersion}';
                """, ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql, string? parameter, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null) command.Parameters.Add(new() { Value = parameter });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(reader.GetValue(0).ToString()!);
        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
