using Modular.Plugins.BannerThirdBatch;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>Migration 0006 over a database that already holds leading groups in the plugin's own tables (as 0002's code wrote them).</summary>
public sealed class LeadingGroupMigrationTests
{
    [Fact]
    public async Task Each_group_moves_into_the_block_at_the_banner_with_each_liaison_town_as_the_seat_s_liaison_organization()
    {
        await using var database = await MigrationTestDatabase.StoppedBeforeAsync(typeof(BannerThirdBatchStartup).Assembly, "banner_third_batch", "0006");
        // Jurisdiction 1's banner committee is a root after a lower-numbered root of another kind: the tree picks the committee.
        await database.ExecuteAsync("""
            insert into roster.organizations (jurisdiction_id, id, parent_id, code, name, kind) values
                (1, 5, null, 'x', '机关党组', 'PartyGroup'), (1, 10, null, 'b', '旗委', 'PartyCommittee'),
                (1, 11, 10, 't1', '巴彦镇', 'PartyCommittee'), (1, 12, 10, 't2', '宝日镇', 'PartyCommittee'),
                (2, 20, null, 'b', '旗委', 'PartyCommittee');
            insert into leading_groups (jurisdiction_id, version, saved_by, saved_at) values
                (1, 2, '旗委办', '2009-03-01 09:00+08'), (2, 1, null, '2009-03-02 10:00+08');
            insert into leading_group_members (jurisdiction_id, person_id, role, liaison_town_id) values
                (1, 103, 'Member', 12), (1, 101, 'Leader', 11), (1, 104, 'Deputy', null), (1, 102, 'Member', 11), (2, 201, 'Leader', null);
            """);

        await database.ApplyRestAsync();

        // One body per group at the banner, with its version, saver and time (set up: that last save).
        Assert.Equal(["1 10 LeadingGroup 2 旗委办 2009-03-01T01:00:00Z True", "2 20 LeadingGroup 1 - 2009-03-02T02:00:00Z True"], await database.RowsAsync("""
            select jurisdiction_id, organization_id, body_type, version, saved_by, to_char(saved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   established_at = saved_at
            from blocks.leading_bodies where plugin_id = 'banner-third-batch' and kind = 'leading-group' order by 1
            """));
        // Seats in the group's order (leader, deputies, members by person), the liaison town as the liaison organization.
        Assert.Equal([
            "1 10 1 101 Leader 11", "1 10 2 104 Deputy -", "1 10 3 102 Member 11", "1 10 4 103 Member 12", "2 20 1 201 Leader -",
        ], await database.RowsAsync("""
            select jurisdiction_id, organization_id, position, person_id, role, liaison_organization_id from blocks.leading_body_seats
            where plugin_id = 'banner-third-batch' and kind = 'leading-group' order by 1, 3
            """));
        Assert.Equal(["0"], await database.RowsAsync(
            "select count(*) from information_schema.tables where table_schema = 'banner_third_batch' and table_name in ('leading_groups', 'leading_group_members')"));
    }
}
