using Modular.Plugins.InstituteBranchPlan;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>Migration 0006 over a database that already holds branches' leading groups in the plugin's own tables (as 0001's code wrote them).</summary>
public sealed class LeadingGroupMigrationTests
{
    [Fact]
    public async Task Each_branch_s_group_moves_into_the_block_with_its_version_and_seats_and_the_old_tables_go()
    {
        await using var database = await MigrationTestDatabase.StoppedBeforeAsync(typeof(InstituteBranchPlanStartup).Assembly, "institute_branch_plan", "0006");
        await database.ExecuteAsync("""
            insert into leading_groups (jurisdiction_id, organization_id, version, saved_by, saved_at) values
                (1, 10, 4, '室党支部', '2011-04-01 09:00+08'), (1, 11, 1, null, '2011-04-02 09:00+08');
            insert into leading_group_seats (jurisdiction_id, organization_id, person_id, role) values
                (1, 10, 103, 'Member'), (1, 10, 101, 'Leader'), (1, 10, 105, 'Deputy'), (1, 10, 104, 'Deputy'), (1, 11, 111, 'Leader');
            """);

        await database.ApplyRestAsync();

        Assert.Equal(["1 10 LeadingGroup 4 室党支部 True", "1 11 LeadingGroup 1 - True"], await database.RowsAsync("""
            select jurisdiction_id, organization_id, body_type, version, saved_by, established_at = saved_at
            from blocks.leading_bodies where plugin_id = 'institute-branch-plan' and kind = 'leading-group' order by 2
            """));
        Assert.Equal(["10 1 101 Leader", "10 2 104 Deputy", "10 3 105 Deputy", "10 4 103 Member", "11 1 111 Leader"], await database.RowsAsync("""
            select organization_id, position, person_id, role from blocks.leading_body_seats
            where plugin_id = 'institute-branch-plan' and kind = 'leading-group' order by 1, 2
            """));
        Assert.Equal(["0"], await database.RowsAsync(
            "select count(*) from information_schema.tables where table_schema = 'institute_branch_plan' and table_name in ('leading_groups', 'leading_group_seats')"));
    }
}
