using Modular.Plugins.PartyGroupStudy;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>Migration 0005 over a database that already holds leading groups in the plugin's own tables (as 0001's code wrote them).</summary>
public sealed class LeadingGroupMigrationTests
{
    [Fact]
    public async Task Each_group_moves_into_the_block_with_its_office_director_as_head_and_the_old_tables_go_but_the_units_stay()
    {
        await using var database = await MigrationTestDatabase.StoppedBeforeAsync(typeof(PartyGroupStudyStartup).Assembly, "party_group_study", "0005");
        await database.ExecuteAsync("""
            insert into leading_groups (jurisdiction_id, organization_id, director_name, director_person_id, version, saved_by, saved_at) values
                (1, 10, '赵敏', null, 3, '县委办', '2009-03-01 09:00+08'),
                (2, 20, '许建国', 201, 1, null, '2009-03-02 10:00+08');
            insert into leading_group_seats (jurisdiction_id, person_id, role) values
                (1, 103, 'Member'), (1, 101, 'Leader'), (1, 104, 'Deputy'), (1, 102, 'Member'), (2, 201, 'Leader');
            insert into member_units (jurisdiction_id, person_id, name, relation) values (1, 102, '县农业局', 'InCharge');
            """);

        await database.ApplyRestAsync();

        // Both bodies of each group, at its organization, with the group's version, saver and time (set up: that last save).
        Assert.Equal([
            "1 10 LeadingGroup 3 县委办 2009-03-01T01:00:00Z True", "1 10 WorkingOffice 3 县委办 2009-03-01T01:00:00Z True",
            "2 20 LeadingGroup 1 - 2009-03-02T02:00:00Z True", "2 20 WorkingOffice 1 - 2009-03-02T02:00:00Z True",
        ], await database.RowsAsync("""
            select jurisdiction_id, organization_id, body_type, version, saved_by, to_char(saved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   established_at = saved_at
            from blocks.leading_bodies where plugin_id = 'party-group-study' and kind = 'leading-group' order by 1, 3
            """));
        // Seats in the group's order (leader, deputies, members by person); the director by name, and by person when linked.
        Assert.Equal([
            "1 LeadingGroup 1 101 - Leader", "1 LeadingGroup 2 104 - Deputy", "1 LeadingGroup 3 102 - Member", "1 LeadingGroup 4 103 - Member",
            "1 WorkingOffice 1 - 赵敏 Director",
            "2 LeadingGroup 1 201 - Leader", "2 WorkingOffice 1 201 许建国 Director",
        ], await database.RowsAsync("""
            select jurisdiction_id, body_type, position, person_id, name, role from blocks.leading_body_seats
            where plugin_id = 'party-group-study' and kind = 'leading-group' order by 1, 2, 3
            """));
        Assert.Equal(["0"], await database.RowsAsync(
            "select count(*) from information_schema.tables where table_schema = 'party_group_study' and table_name in ('leading_groups', 'leading_group_seats')"));
        Assert.Equal(["1 102 县农业局"], await database.RowsAsync("select jurisdiction_id, person_id, name from party_group_study.member_units"));
    }
}
