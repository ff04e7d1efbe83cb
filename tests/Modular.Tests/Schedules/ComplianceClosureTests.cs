using System.Net;
using System.Net.Http.Json;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;
using Npgsql;
using static Modular.Tests.Roster.RosterTestKit;

namespace Modular.Tests.Schedules;

/// <summary>
/// The compliance rollup's closure of the organization tree is written once per tree version: a rollup over an unchanged
/// tree writes nothing, and one after a change to the tree (from this request or any other) follows it.
/// </summary>
public sealed class ComplianceClosureTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task The_closure_is_written_when_the_tree_changes_and_read_as_it_is_otherwise()
    {
        var jurisdiction = await Host.CreateJurisdictionAsync("closure", "闭包旗");
        var admin = await Host.ApiClientAsync("closure-admin");
        var committee = await admin.CreateOrganizationAsync("closure", "W", "旗委", "党委");
        var town = await admin.CreateOrganizationAsync("closure", "W01", "巴丹吉林镇党委", "党委", committee);
        var branch = await admin.CreateOrganizationAsync("closure", "W0101", "第一党支部", "党支部", town);
        var office = await admin.CreateOrganizationAsync("closure", "W02", "机关党支部", "党支部", committee);
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);

        async Task RollupAsync() =>
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/j/closure/compliance?organization={committee}&from=2026-01-01&to=2026-12-31")).StatusCode);
        async Task<List<string>> PairsAsync()
        {
            await using var command = owner.CreateCommand($"select ancestor_id || '>' || descendant_id || ':' || depth from schedules.organization_closure where jurisdiction_id = {jurisdiction.Id} order by 1");
            var pairs = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) pairs.Add(reader.GetString(0));
            return pairs;
        }
        // The recorded version with the transaction that last wrote it (xmin): the same transaction means nothing was written.
        async Task<string?> RecordedAsync() => (string?)await owner.CreateCommand($"""
            select c.tree_version || '@' || c.xmin from schedules.organization_closure_versions c
             join roster.organization_tree_versions t on t.jurisdiction_id = c.jurisdiction_id and t.version = c.tree_version
             where c.jurisdiction_id = {jurisdiction.Id}
            """).ExecuteScalarAsync();
        string Pair(long ancestor, long descendant, int depth) => $"{ancestor}>{descendant}:{depth}";

        await RollupAsync();
        var recorded = await RecordedAsync();
        Assert.NotNull(recorded); // written for the tree's current version
        Assert.Contains(Pair(committee, branch, 2), await PairsAsync());
        Assert.Equal(8, (await PairsAsync()).Count); // four to themselves, four to those above them

        await RollupAsync();
        await RollupAsync();
        Assert.Equal(recorded, await RecordedAsync()); // the same tree: not written again

        // The town moves under the office branch: the next rollup follows the tree.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/j/closure/organizations/{town}/move", new { parentId = office })).StatusCode);
        await RollupAsync();
        var moved = await RecordedAsync();
        Assert.NotNull(moved);
        Assert.NotEqual(recorded, moved);
        var pairs = await PairsAsync();
        Assert.Contains(Pair(office, branch, 2), pairs);
        Assert.Contains(Pair(committee, branch, 3), pairs);
        Assert.DoesNotContain(Pair(committee, branch, 2), pairs);
        Assert.Equal(10, pairs.Count);
    }
}
