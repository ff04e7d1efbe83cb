using Modular.Audit;
using Modular.Host.Database;
using Modular.Tests.Crawl;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Security;

/// <summary>
/// The second wall: raw SQL as the role the host serves requests with, bound to one jurisdiction,
/// reads and writes nothing of another, on every table with a jurisdiction_id (core and plugins), over
/// the demo's data. Writes are rolled back: the demo site is shared with the crawl.
/// </summary>
[Collection(DemoSite.Name)]
public sealed class SecondWallTests(DemoSiteFixture fixture)
{
    private TestHost Host => fixture.Host;
    private NpgsqlDataSource Application => Host.App.Services.GetRequiredService<NpgsqlDataSource>();
    private NpgsqlDataSource Platform => Host.App.Services.GetRequiredService<PlatformDatabase>().DataSource;

    [Fact]
    public async Task Requests_are_served_by_a_role_that_owns_nothing_and_bypasses_nothing()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        Assert.Equal(DatabaseRoles.DefaultApplicationRole, await ScalarAsync<string>(Application, "select current_user"));
        Assert.Equal(DatabaseRoles.DefaultApplicationRole, await ScalarAsync<string>(Platform, "select current_user"));
        Assert.False(await ScalarAsync<bool>(owner, $"select rolsuper or rolbypassrls or rolcreaterole or rolcreatedb from pg_roles where rolname = '{DatabaseRoles.DefaultApplicationRole}'"));
        Assert.Equal(0L, await ScalarAsync<long>(owner, $"select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = '{DatabaseRoles.DefaultApplicationRole}')"));
        Assert.True(await ScalarAsync<bool>(owner, "select rolsuper from pg_roles where rolname = current_user"), "the migrations' owner is the configured (super)user");
    }

    [Fact]
    public async Task Every_table_with_a_jurisdiction_id_has_the_wall()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        var tables = await TenantTablesAsync(owner);
        Assert.True(tables.Count > 50, $"{tables.Count} tenant tables");
        Assert.Contains("six_ones.note_days", tables); // a plugin's
        Assert.Contains("county_five.member_posts", tables);
        var unwalled = await ListAsync(owner, $"""
            select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p') and n.nspname !~ '^pg_'
               and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'jurisdiction_id' and not a.attisdropped)
               and (not c.relrowsecurity or not exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = '{DatabaseWall.PolicyName}'))
            """);
        Assert.Empty(unwalled);
    }

    [Fact]
    public async Task Raw_sql_bound_to_one_jurisdiction_reads_and_writes_nothing_of_another()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        var ours = await ScalarAsync<int>(owner, "select id from jurisdictions.jurisdictions where code = 'alxa-right'");
        var theirs = await ScalarAsync<int>(owner, "select id from jurisdictions.jurisdictions where code = 'xx-county'");
        var tables = await TenantTablesAsync(owner);
        var tablesWithTheirRows = 0;
        foreach (var table in tables)
        {
            var theirRow = await ScalarAsync<string?>(owner, $"select to_jsonb(t)::text from {table} t where jurisdiction_id = {theirs} limit 1");
            if (theirRow is not null) tablesWithTheirRows++;

            await using var connection = await Application.OpenForJurisdictionAsync(ours);
            await using var transaction = await connection.BeginTransactionAsync();
            Assert.Equal(0L, await ScalarAsync<long>(connection, $"select count(*) from {table} where jurisdiction_id <> {ours}"));
            Assert.Equal(0L, await ScalarAsync<long>(connection, $"select count(*) from {table} where jurisdiction_id = {theirs}"));
            if (table != "audit.entries") // append-only: updates and deletes are refused outright (below)
            {
                Assert.Equal(0, await ExecuteAsync(connection, $"update {table} set jurisdiction_id = jurisdiction_id where jurisdiction_id = {theirs}"));
                Assert.Equal(0, await ExecuteAsync(connection, $"delete from {table} where jurisdiction_id = {theirs}"));
            }
            if (theirRow is not null)
            {
                // Their row, copied as it is: refused by the policy before any key or constraint is looked at.
                var columns = string.Join(", ", await ListAsync(owner, $"""
                    select quote_ident(attname) from pg_attribute where attrelid = '{table}'::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum
                    """));
                await transaction.SaveAsync("copy");
                var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
                    $"insert into {table} ({columns}) overriding system value select {columns} from jsonb_populate_record(null::{table}, $1::jsonb)", theirRow));
                Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{table}: {refused.SqlState} {refused.MessageText}");
                await transaction.RollbackAsync("copy");
            }
            await transaction.RollbackAsync();
        }
        Assert.True(tablesWithTheirRows > 20, $"the other jurisdiction has rows in {tablesWithTheirRows} tables");
    }

    [Fact]
    public async Task A_row_cannot_be_moved_to_another_jurisdiction_and_the_wall_cannot_be_taken_down()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        var ours = await ScalarAsync<int>(owner, "select id from jurisdictions.jurisdictions where code = 'alxa-right'");
        var theirs = await ScalarAsync<int>(owner, "select id from jurisdictions.jurisdictions where code = 'xx-county'");
        await using var connection = await Application.OpenForJurisdictionAsync(ours);
        async Task<PostgresException> RefusedAsync(string sql)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, sql));
            await transaction.RollbackAsync();
            return refused;
        }

        Assert.Contains("row-level security", (await RefusedAsync($"update roster.people set jurisdiction_id = {theirs} where id = (select min(id) from roster.people)")).MessageText);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await RefusedAsync("alter table roster.people disable row level security")).SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await RefusedAsync("drop policy jurisdiction_wall on roster.people")).SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await RefusedAsync("set role postgres")).SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await RefusedAsync("update audit.entries set action = action where false")).SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await RefusedAsync("delete from audit.entries where false")).SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await RefusedAsync("select * from roster.__migrations")).SqlState);
    }

    [Fact]
    public async Task An_unbound_connection_sees_nothing_a_platform_one_everything_and_a_binding_ends_with_its_connection()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        var ours = await ScalarAsync<int>(owner, "select id from jurisdictions.jurisdictions where code = 'alxa-right'");
        var everyone = await ScalarAsync<long>(owner, "select count(*) from roster.people");
        var ourPeople = await ScalarAsync<long>(owner, $"select count(*) from roster.people where jurisdiction_id = {ours}");
        Assert.True(ourPeople > 0 && everyone > ourPeople);

        Assert.Equal(0L, await ScalarAsync<long>(Application, "select count(*) from roster.people"));
        Assert.Equal(everyone, await ScalarAsync<long>(Platform, "select count(*) from roster.people"));
        await using (var platformBound = await Platform.OpenForJurisdictionAsync(ours))
            Assert.Equal(ourPeople, await ScalarAsync<long>(platformBound, "select count(*) from roster.people"));

        // One pooled connection: bound, returned, taken again — Npgsql's reset forgets the binding, also
        // when it keeps the statements it prepared (the host's connections prepare what they repeat), and
        // the planning of each run that a rollup asks for with its binding.
        var single = new NpgsqlConnectionStringBuilder(Application.ConnectionString) { MaxPoolSize = 1 };
        Assert.Equal(DatabaseRoles.AutoPreparedStatements, single.MaxAutoPrepare);
        await using var pool = NpgsqlDataSource.Create(single.ConnectionString);
        int firstBackend;
        await using (var bound = await pool.OpenForJurisdictionPlanningEachRunAsync(ours))
        {
            firstBackend = await ScalarAsync<int>(bound, "select pg_backend_pid()");
            Assert.Equal("force_custom_plan", await ScalarAsync<string>(bound, "select current_setting('plan_cache_mode')"));
            for (var time = 0; time < single.AutoPrepareMinUsages + 1; time++) // prepared once used often enough
                Assert.Equal(ourPeople, await ScalarAsync<long>(bound, "select count(*) from roster.people"));
            Assert.True(await ScalarAsync<long>(bound, "select count(*) from pg_prepared_statements") > 0);
        }
        await using var again = await pool.OpenConnectionAsync();
        Assert.Equal(firstBackend, await ScalarAsync<int>(again, "select pg_backend_pid()"));
        Assert.True(await ScalarAsync<long>(again, "select count(*) from pg_prepared_statements") > 0);
        Assert.Equal(0L, await ScalarAsync<long>(again, "select count(*) from roster.people"));
        Assert.Equal("auto", await ScalarAsync<string>(again, "select current_setting('plan_cache_mode')"));
    }

    [Fact]
    public async Task A_connection_of_a_jurisdictions_pool_is_that_jurisdictions_from_its_start_and_after_every_reset()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        var ours = await ScalarAsync<int>(owner, "select id from jurisdictions.jurisdictions where code = 'alxa-right'");
        var theirs = await ScalarAsync<int>(owner, "select id from jurisdictions.jurisdictions where code = 'xx-county'");
        var ourPeople = await ScalarAsync<long>(owner, $"select count(*) from roster.people where jurisdiction_id = {ours}");
        var theirPeople = await ScalarAsync<long>(owner, $"select count(*) from roster.people where jurisdiction_id = {theirs}");
        Assert.True(ourPeople > 0 && theirPeople > 0 && ourPeople != theirPeople);

        var single = new NpgsqlConnectionStringBuilder(Application.ConnectionString) { MaxPoolSize = 1 };
        await using var pools = new JurisdictionDataSources(single.ConnectionString);
        int firstBackend;
        await using (var connection = pools.CreateConnection(ours))
        {
            await connection.OpenAsync();
            firstBackend = await ScalarAsync<int>(connection, "select pg_backend_pid()");
            Assert.Equal(ourPeople, await ScalarAsync<long>(connection, "select count(*) from roster.people"));
            // Code that binds it elsewhere on purpose holds only until the connection goes back.
            await ScalarAsync<string>(connection, $"select set_config('{JurisdictionSessions.Setting}', '{theirs}', false)");
            Assert.Equal(theirPeople, await ScalarAsync<long>(connection, "select count(*) from roster.people"));
        }
        await using (var again = pools.CreateConnection(ours))
        {
            await again.OpenAsync();
            Assert.Equal(firstBackend, await ScalarAsync<int>(again, "select pg_backend_pid()"));
            Assert.Equal(ourPeople, await ScalarAsync<long>(again, "select count(*) from roster.people"));
        }
        await using var theirConnection = pools.CreateConnection(theirs);
        await theirConnection.OpenAsync();
        Assert.NotEqual(firstBackend, await ScalarAsync<int>(theirConnection, "select pg_backend_pid()"));
        Assert.Equal(theirPeople, await ScalarAsync<long>(theirConnection, "select count(*) from roster.people"));
    }

    private static Task<List<string>> TenantTablesAsync(NpgsqlDataSource owner) => ListAsync(owner, """
        select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'p') and n.nspname !~ '^pg_'
           and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'jurisdiction_id' and not a.attisdropped)
         order by 1
        """);

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource source, string sql)
    {
        await using var connection = await source.OpenConnectionAsync();
        return await ScalarAsync<T>(connection, sql);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default! : (T)value;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, string? parameter = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null) command.Parameters.Add(new() { Value = parameter });
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ListAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
