using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Database;

public class TestDatabaseTests
{
    [Fact]
    public async Task A_clone_of_a_template_has_its_tables_and_keeps_its_writes_to_itself()
    {
        var template = await TestDatabase.EnsureTemplateAsync("tpl_clone_test", async dataSource =>
            await Sql.ExecuteAsync(dataSource, "create table notes (body text); insert into notes values ('from template')"));

        await using var first = await TestDatabase.CreateAsync(template);
        await using var second = await TestDatabase.CreateAsync(template);
        await Sql.ExecuteAsync(first.DataSource, "insert into notes values ('only in first')");

        Assert.Equal(2L, await Sql.ScalarAsync<long>(first.DataSource, "select count(*) from notes"));
        Assert.Equal("from template", await Sql.ScalarAsync<string>(second.DataSource, "select string_agg(body, ',') from notes"));
    }

    [Fact]
    public async Task Concurrent_callers_share_one_template_build()
    {
        var builds = 0;
        async Task Build(NpgsqlDataSource dataSource)
        {
            Interlocked.Increment(ref builds);
            await Task.Delay(50); // keep the build open while the others arrive
            await Sql.ExecuteAsync(dataSource, "create table built (id int)");
        }

        var names = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => TestDatabase.EnsureTemplateAsync("tpl_shared_build", Build))));

        Assert.Equal(1, builds);
        Assert.All(names, name => Assert.Equal("tpl_shared_build", name));
    }

    [Fact]
    public async Task Dispose_drops_the_database()
    {
        var database = await TestDatabase.CreateAsync();
        await Sql.ExecuteAsync(database.DataSource, "create table touched (id int)"); // leaves a pooled connection open
        await database.DisposeAsync();

        var admin = await TestPostgres.AdminAsync();
        Assert.Equal(0L, await Sql.ScalarAsync<long>(admin, $"select count(*) from pg_database where datname = '{database.Name}'"));
    }
}
