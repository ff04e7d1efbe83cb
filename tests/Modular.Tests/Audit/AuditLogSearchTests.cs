using Modular.Audit;
using Modular.Sdk;

namespace Modular.Tests.Audit;

/// <summary>
/// <see cref="AuditLog.SearchAsync"/> over a log seeded once for the class: two jurisdictions with
/// the same kind of entries, so every filter is also a check that the other's never show.
/// </summary>
public sealed class AuditLogSearchTests(AuditLogSearchTests.SeededLog log) : IClassFixture<AuditLogSearchTests.SeededLog>
{
    private const int Banner = 1, County = 2, Empty = 3;
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);

    public sealed class SeededLog : IAsyncLifetime
    {
        internal AuditTestDatabase Db { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Db = await AuditTestDatabase.CreateAsync();
            await using var connection = await Db.DataSource.OpenConnectionAsync();
            foreach (var jurisdiction in new[] { Banner, County })
            {
                // Seven entries an hour apart: hour h by alice (even) or bob (odd), on notes and on switches.
                for (var hour = 0; hour < 7; hour++)
                {
                    var user = hour % 2 == 0 ? new AuditUser(10 + jurisdiction, $"alice-{jurisdiction}") : new AuditUser(20 + jurisdiction, "bob");
                    var entity = hour < 5 ? "test_good.notes" : "jurisdictions.plugin_switches";
                    var key = hour < 5 ? $"{jurisdiction}/{hour}" : $"{jurisdiction}/Banner-Six-Ones-{hour}";
                    var action = hour == 0 ? AuditAction.Insert : hour == 4 ? AuditAction.Delete : AuditAction.Update;
                    await AuditEntryWriter.WriteAsync(connection, null, user, Day.AddHours(hour),
                        [new NewAuditEntry(jurisdiction, entity, key, action, null, $$"""{"hour": {{hour}}}""")], default);
                }
            }
        }

        public async Task DisposeAsync() => await Db.DisposeAsync();
    }

    private Task<ListPage<AuditEntry>> SearchAsync(int jurisdictionId, AuditFilter filter) => log.Db.Log.SearchAsync(jurisdictionId, filter);

    private async Task ExpectHoursAsync(int[] expected, int jurisdictionId, AuditFilter filter) =>
        Assert.Equal(expected, Hours(await SearchAsync(jurisdictionId, filter)));

    private static int[] Hours(ListPage<AuditEntry> page) => page.Items.Select(e => e.After!.Value.GetProperty("hour").GetInt32()).ToArray();

    [Fact]
    public async Task Without_a_filter_all_of_the_jurisdictions_entries_come_newest_first()
    {
        var page = await SearchAsync(County, new AuditFilter());

        Assert.Equal([6, 5, 4, 3, 2, 1, 0], Hours(page));
        Assert.All(page.Items, e => Assert.Equal(County, e.JurisdictionId));
        Assert.Equal(7, page.Total);
    }

    [Fact]
    public async Task Entity_matches_exactly_or_by_a_prefix_ending_in_a_star()
    {
        await ExpectHoursAsync([4, 3, 2, 1, 0], Banner, new AuditFilter { Entity = "test_good.notes" });
        Assert.Empty((await SearchAsync(Banner, new AuditFilter { Entity = "test_good" })).Items);
        await ExpectHoursAsync([6, 5], Banner, new AuditFilter { Entity = "jurisdictions.*" });
        Assert.Equal(7, (await SearchAsync(Banner, new AuditFilter { Entity = "*" })).Total);
    }

    [Fact]
    public async Task User_action_and_key_text_filter_and_combine()
    {
        await ExpectHoursAsync([5, 3, 1], Banner, new AuditFilter { UserName = "bob" });
        await ExpectHoursAsync([6, 4, 2, 0], Banner, new AuditFilter { UserName = "alice-1" });
        Assert.Empty((await SearchAsync(County, new AuditFilter { UserName = "alice-1" })).Items);
        await ExpectHoursAsync([4], Banner, new AuditFilter { Action = AuditAction.Delete });
        await ExpectHoursAsync([6, 5], Banner, new AuditFilter { KeyContains = "six-ones" });
        await ExpectHoursAsync([5], Banner, new AuditFilter { KeyContains = "six-ones", UserName = "bob", Action = AuditAction.Update });
    }

    [Fact]
    public async Task The_date_range_includes_its_start_and_excludes_its_end_in_any_offset()
    {
        var shanghai = TimeSpan.FromHours(8);
        var from = Day.AddHours(2).ToOffset(shanghai);

        await ExpectHoursAsync([4, 3, 2], Banner, new AuditFilter { From = from, To = from.AddHours(3) });
        await ExpectHoursAsync([6, 5, 4, 3, 2], Banner, new AuditFilter { From = from });
        await ExpectHoursAsync([1, 0], Banner, new AuditFilter { To = from });
    }

    [Fact]
    public async Task Pages_split_the_matches_and_tell_the_total()
    {
        var first = await SearchAsync(Banner, new AuditFilter { PageSize = 3 });
        var last = await SearchAsync(Banner, new AuditFilter { PageSize = 3, Page = 3 });
        var beyond = await SearchAsync(Banner, new AuditFilter { PageSize = 3, Page = 9 });

        Assert.Equal([6, 5, 4], Hours(first));
        Assert.Equal((7, 3, true), (first.Total, first.PageCount, first.HasNextPage));
        Assert.Equal([0], Hours(last));
        Assert.False(last.HasNextPage);
        Assert.Empty(beyond.Items);
        Assert.Equal(7, beyond.Total);
    }

    [Fact]
    public async Task A_page_holds_at_most_500_entries()
    {
        var page = await SearchAsync(Banner, new AuditFilter { PageSize = 10_000, Page = 0 });

        Assert.Equal((PageRequest.MaxSize, 1), (page.PageSize, page.Page));
    }

    [Fact]
    public async Task No_filter_ever_shows_another_jurisdictions_entries()
    {
        AuditFilter[] filters =
        [
            new(), new() { Entity = "test_good.notes" }, new() { Entity = "*" }, new() { UserName = "bob" },
            new() { Action = AuditAction.Update }, new() { KeyContains = "1/" }, new() { From = Day, To = Day.AddDays(1) },
        ];
        foreach (var filter in filters)
        {
            Assert.All((await SearchAsync(County, filter)).Items, e => Assert.Equal(County, e.JurisdictionId));
            Assert.Equal(0, (await SearchAsync(Empty, filter)).Total);
        }
        Assert.Empty((await SearchAsync(County, new AuditFilter { KeyContains = "1/" })).Items); // banner's keys start with 1/
    }
}
