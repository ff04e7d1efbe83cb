using Modular.Plugins.CountyFiveActivities;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>Migration 0009: each organization's services and hours, kept by the database as service records are written.</summary>
public sealed class ServiceTotalsMigrationTests
{
    private const string Recount = """
        select jurisdiction_id, organization_id, count(*), sum(hours) from county_five.service_records group by 1, 2 order by 1, 2
        """;
    private const string Totals = """
        select jurisdiction_id, organization_id, services, hours from county_five.service_totals where services <> 0 order by 1, 2
        """;

    [Fact]
    public async Task The_records_written_before_are_totalled_and_every_insert_update_and_delete_after_keeps_the_totals_equal_to_a_recount()
    {
        await using var database = await MigrationTestDatabase.StoppedBeforeAsync(typeof(CountyStartup).Assembly, "county_five", "0009");
        await database.ExecuteAsync("""
            insert into service_records (jurisdiction_id, person_id, organization_id, kind, beneficiary, served_on, hours, recorded_at) values
                (1, 101, 10, 'Visit', '五保户', '2010-06-20', 2.5, now()), (1, 102, 10, 'Visit', '困难户', '2010-06-21', 1, now()),
                (1, 103, 11, 'Visit', '留守老人', '2010-06-22', 3, now()), (2, 201, 20, 'Visit', '五保户', '2010-06-20', 4, now());
            """);

        await database.ApplyRestAsync();
        Assert.Equal(["1 10 2 3.50", "1 11 1 3.00", "2 20 1 4.00"], await database.RowsAsync(Totals));

        // Many rows in one statement, a correction of hours and of the organization, a deletion.
        await database.ExecuteAsync("""
            insert into service_records (jurisdiction_id, person_id, organization_id, kind, beneficiary, served_on, hours, recorded_at)
            select 1, 100 + n, 10 + n % 3, 'Visit', '困难户', date '2010-07-01' + n, 0.5 * (1 + n % 4), now() from generate_series(1, 50) n;
            update service_records set hours = hours + 1 where jurisdiction_id = 1 and organization_id = 12;
            update service_records set organization_id = 13 where jurisdiction_id = 1 and person_id = 101;
            delete from service_records where jurisdiction_id = 2;
            """);
        Assert.Equal(await database.RowsAsync(Recount), await database.RowsAsync(Totals));
        Assert.DoesNotContain(await database.RowsAsync(Totals), row => row.StartsWith("2 "));
    }
}
