using Microsoft.Extensions.Logging.Abstractions;
using Modular.BuildingBlocks;
using Modular.Host.Database;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Blocks;

/// <summary>Migration 0002 over a database that already holds anonymous answer sheets (written by 0001's code).</summary>
public sealed class AnonymousTalliesMigrationTests
{
    [Fact]
    public async Task Existing_anonymous_sheets_become_counts_and_are_deleted_and_named_sheets_stay()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = new SqlMigrationRunner(database.DataSource, NullLogger<SqlMigrationRunner>.Instance);
        var all = SqlMigrations.FromAssembly(typeof(BuildingBlocksModule).Assembly);
        Assert.Equal(["0001_blocks", "0002_anonymous_tallies"], all.Take(2).Select(m => m.Id)); // later migrations follow
        await runner.ApplyAsync(BuildingBlocksModule.Schema, [all[0]], default);

        const string Questions = """[{"key":"grade","prompt":{"zh-CN":"等次","en":"Grade"},"scale":{"key":"four-grades","options":[{"key":"excellent","label":{"zh-CN":"优秀","en":"Excellent"},"score":4},{"key":"qualified","label":{"zh-CN":"合格","en":"Qualified"},"score":3}]}}]""";
        await Execute(database.DataSource, $"""
            insert into blocks.evaluation_rounds (jurisdiction_id, id, plugin_id, kind, round_key, title_zh, title_en, questions, anonymous)
            values (1, 10, 'p', 'k', 'anon', '匿名', 'Anonymous', '{Questions}', true), (1, 11, 'p', 'k', 'named', '记名', 'Named', '{Questions}', false);
            insert into blocks.evaluation_responses (jurisdiction_id, id, round_id, subject_key, respondent_person_id, answers) values
                (1, gen_random_uuid(), 10, 'person:42', null, '{"{"}"grade":"excellent"{"}"}'),
                (1, gen_random_uuid(), 10, 'person:42', null, '{"{"}"grade":"excellent"{"}"}'),
                (1, gen_random_uuid(), 10, 'person:43', null, '{"{"}"grade":"qualified"{"}"}'),
                (1, gen_random_uuid(), 11, 'person:42', 7, '{"{"}"grade":"qualified"{"}"}');
            """);

        await runner.ApplyAsync(BuildingBlocksModule.Schema, all, default);

        await using var command = database.DataSource.CreateCommand("select subject_key || ' ' || option_key || ' ' || count from blocks.evaluation_tallies where round_id = 10 order by 1");
        var tallies = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tallies.Add(reader.GetString(0));
        Assert.Equal(["person:42 excellent 2", "person:42 qualified 0", "person:43 excellent 0", "person:43 qualified 1"], tallies);
        await using var left = database.DataSource.CreateCommand("select string_agg(round_id || ':' || respondent_person_id, ',') from blocks.evaluation_responses");
        Assert.Equal("11:7", await left.ExecuteScalarAsync());
    }

    private static async Task Execute(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
