using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Database;

public class SqlMigrationRunnerTests
{
    private static readonly SqlMigration CreateNotes = new("0001_initial", "create table notes (id int primary key, body text not null);");
    private static readonly SqlMigration AddTags = new("0002_tags", "create table tags (note_id int references notes (id), tag text not null);");

    [Fact]
    public async Task Applies_each_migration_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = NewRunner(database);

        Assert.Equal(2, await runner.ApplyAsync("six_ones", [CreateNotes, AddTags], CancellationToken.None));
        Assert.Equal(0, await runner.ApplyAsync("six_ones", [CreateNotes, AddTags], CancellationToken.None));

        Assert.Equal("0001_initial,0002_tags", await HistoryAsync(database, "six_ones"));
        Assert.True(await TableExistsAsync(database, "six_ones", "tags"));
        Assert.False(await TableExistsAsync(database, "public", "notes"), "unqualified names belong in the migrated schema");
    }

    // Readiness (/healthz/ready) asks the runner what it brought the schemas to and the database no longer records.
    [Fact]
    public async Task Knows_which_applied_migrations_the_database_no_longer_records()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = NewRunner(database);
        Assert.Empty(await runner.MissingAsync(CancellationToken.None)); // nothing applied yet, nothing expected
        await runner.ApplyAsync("six_ones", [CreateNotes, AddTags], CancellationToken.None);
        await runner.ApplyAsync("county", [CreateNotes], CancellationToken.None);
        Assert.Empty(await runner.MissingAsync(CancellationToken.None));

        await Sql.ExecuteAsync(database.DataSource, "delete from six_ones.__migrations where id = '0002_tags'");
        Assert.Equal(["six_ones/0002_tags"], await runner.MissingAsync(CancellationToken.None));
        await Sql.ExecuteAsync(database.DataSource, "drop schema county cascade");
        Assert.Equal(["county/0001_initial", "six_ones/0002_tags"], (await runner.MissingAsync(CancellationToken.None)).Order());
    }

    [Fact]
    public async Task Applies_only_the_new_migration_of_a_later_release()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = NewRunner(database);
        await runner.ApplyAsync("six_ones", [CreateNotes], CancellationToken.None);

        Assert.Equal(1, await runner.ApplyAsync("six_ones", [CreateNotes, AddTags], CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_an_older_build_on_a_schema_a_newer_one_migrated_and_applies_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = NewRunner(database);
        await runner.ApplyAsync("six_ones", [CreateNotes, AddTags], CancellationToken.None);
        var later = new SqlMigration("0003_later", "create table later (id int);");

        // The older build has 0001 and a migration of its own the newer one never had: nothing of it may run.
        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync("six_ones", [CreateNotes, later], CancellationToken.None));
        Assert.Equal(("six_ones", "0002_tags"), (error.Schema, error.MigrationId));
        Assert.Contains("downgrade", error.Message);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.DataSource, "select count(*) from pg_tables where schemaname = 'six_ones' and tablename = 'later'"));
        // The newer build itself still starts.
        Assert.Equal(0, await runner.ApplyAsync("six_ones", [CreateNotes, AddTags], CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_a_migration_changed_after_it_was_applied()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = NewRunner(database);
        await runner.ApplyAsync("six_ones", [CreateNotes], CancellationToken.None);
        var edited = CreateNotes with { Sql = CreateNotes.Sql + "\ncreate index on notes (body);" };

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync("six_ones", [edited, AddTags], CancellationToken.None));

        Assert.Contains("0001_initial in schema six_ones was changed after it was applied", error.Message);
        Assert.False(await TableExistsAsync(database, "six_ones", "tags"), "nothing runs after a changed migration is found");
    }

    [Fact]
    public async Task Line_endings_alone_are_not_a_change()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = NewRunner(database);
        var unixLines = new SqlMigration("0001_initial", "create table a (id int);\ncreate table b (id int);\n");
        await runner.ApplyAsync("six_ones", [unixLines], CancellationToken.None);

        var windowsLines = unixLines with { Sql = unixLines.Sql.Replace("\n", "\r\n") };
        Assert.Equal(0, await runner.ApplyAsync("six_ones", [windowsLines], CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_earlier_ones_and_nothing_of_itself()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = NewRunner(database);
        var broken = new SqlMigration("0002_broken", "create table half_done (id int);\nselect * from no_such_table;");

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync("six_ones", [CreateNotes, broken], CancellationToken.None));

        Assert.Equal(("six_ones", "0002_broken"), (error.Schema, error.MigrationId));
        Assert.Contains("0002_broken in schema six_ones failed", error.Message);
        Assert.Contains("relation \"no_such_table\" does not exist", error.Message);
        Assert.True(await TableExistsAsync(database, "six_ones", "notes"));
        Assert.False(await TableExistsAsync(database, "six_ones", "half_done"));
        Assert.Equal("0001_initial", await HistoryAsync(database, "six_ones"));
    }

    [Fact]
    public async Task Runners_started_together_apply_each_migration_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        // Not idempotent on purpose: a second run of either would fail or double the rows.
        SqlMigration[] migrations =
        [
            new("0001_counter", "create table counter (n int); insert into counter values (1);"),
            new("0002_more", "insert into counter values (2); select pg_sleep(0.05);"),
            new("0003_more", "insert into counter values (3);"),
        ];

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => NewRunner(database).ApplyAsync("racing", migrations, CancellationToken.None))));

        Assert.Equal(3, applied.Sum());
        Assert.Equal(6L, await Sql.ScalarAsync<long>(database.DataSource, "select sum(n) from racing.counter"));
        Assert.Equal("0001_counter,0002_more,0003_more", await HistoryAsync(database, "racing"));
    }

    [Fact]
    public async Task Embedded_migrations_are_read_in_order_and_run_whole()
    {
        var migrations = SqlMigrations.FromAssembly(typeof(SqlMigrationRunnerTests).Assembly);
        Assert.Equal(["0001_create_notes", "0002_add_note_count"], migrations.Select(m => m.Id));

        await using var database = await TestDatabase.CreateAsync();
        await NewRunner(database).ApplyAsync("embedded", migrations, CancellationToken.None);

        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.DataSource, "select embedded.note_count()"));
    }

    [Theory]
    [InlineData("Six_Ones")]
    [InlineData("six-ones")]
    [InlineData("six_ones; drop table x")]
    [InlineData("pg_catalog")]
    [InlineData("")]
    public async Task Refuses_unsafe_schema_names(string schema)
    {
        // Refused before connecting, so no server is needed.
        await using var nowhere = NpgsqlDataSource.Create("Host=/nonexistent");
        var runner = new SqlMigrationRunner(nowhere, NullLogger<SqlMigrationRunner>.Instance);
        await Assert.ThrowsAsync<ArgumentException>(() => runner.ApplyAsync(schema, [CreateNotes], CancellationToken.None));
    }

    private static SqlMigrationRunner NewRunner(TestDatabase database) =>
        new(database.DataSource, NullLogger<SqlMigrationRunner>.Instance);

    private static Task<string> HistoryAsync(TestDatabase database, string schema) =>
        Sql.ScalarAsync<string>(database.DataSource, $"select coalesce(string_agg(id, ',' order by id), '') from {schema}.__migrations");

    private static async Task<bool> TableExistsAsync(TestDatabase database, string schema, string table)
    {
        await using var command = database.DataSource.CreateCommand("select to_regclass($1) is not null");
        command.Parameters.Add(new NpgsqlParameter { Value = $"{schema}.{table}" });
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
