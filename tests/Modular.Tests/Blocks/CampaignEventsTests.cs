using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Modular.Tests.Blocks;

/// <summary>The SDK's events with attendance and hours: data checks, one per slot, versioned saves, hours by person, isolation.</summary>
public sealed class CampaignEventsTests : IAsyncLifetime
{
    private const string Education = "six-ones.education", Training = "six-ones.training";
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(10, null, "旗委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(11, 10, "嘎查党支部");
        _db.People.AddIn(11, 21, 22, 23);
        _a = await _db.AddJurisdictionAsync("banner-a");
        _b = await _db.AddJurisdictionAsync("banner-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static EventDraft Draft(string title = "党章学习", decimal hours = 3, string? slot = "2011", string day = "2011-06-20") =>
        new(Education, EventCategories.Study, 11, title, DateOnly.Parse(day), hours, "党员活动室", Tags: ["党章等党内法规"],
            Details: new Dictionary<string, string> { ["field"] = "农村" }, Slot: slot);

    [Fact]
    public async Task An_event_keeps_who_came_who_did_not_and_why_and_refuses_bad_data_by_field()
    {
        await using var scope = _db.Scope(_a);
        var events = scope.ServiceProvider.GetRequiredService<ICampaignEvents>();
        Assert.Equal("title", (await events.CreateAsync(Draft(title: " "), [])).Field);
        Assert.Equal("hours", (await events.CreateAsync(Draft(hours: 0), [])).Field);
        Assert.Equal("organizationId", (await events.CreateAsync(Draft() with { OrganizationId = 999 }, [])).Field);
        Assert.Equal("attendance", (await events.CreateAsync(Draft(), [new(21), new(21)])).Field);
        Assert.Equal("attendance", (await events.CreateAsync(Draft(), [new(999)])).Field);
        Assert.Equal("attendance", (await events.CreateAsync(Draft(), [new(21, Hours: 4)])).Field);

        var ev = (await events.CreateAsync(Draft(), [new(21), new(22, false, "外出务工"), new(23, Hours: 1.5m)])).Value!;
        Assert.Equal((3, 2, 0), (ev.Expected, ev.Attended, ev.Version));
        var read = (await events.FindAsync(Education, ev.Id))!;
        Assert.Equal(["党章等党内法规"], read.Tags);
        Assert.Equal("农村", read.Detail("field"));
        Assert.Equal(new AttendanceEntry(22, false, "外出务工", 0), read.Attendance[1]);
        Assert.Equal(1.5m, read.Attendance[2].Hours);
        Assert.Null(await events.FindAsync(Training, ev.Id));   // another source's id is not found
        Assert.Equal(ev.Id, (await events.FindInSlotAsync(Education, 11, "2011"))!.Id);
    }

    [Fact]
    public async Task One_event_per_slot_and_a_stale_version_is_a_conflict()
    {
        await using var scope = _db.Scope(_a);
        var events = scope.ServiceProvider.GetRequiredService<ICampaignEvents>();
        var first = (await events.CreateAsync(Draft(), [new(21)])).Value!;
        Assert.Equal(ResultKind.Conflict, (await events.CreateAsync(Draft(title: "又一次"), [new(22)])).Kind);
        Assert.True((await events.CreateAsync(Draft(slot: "2012", day: "2012-05-01"), [])).Succeeded);

        var updated = (await events.UpdateAsync(first.Id, first.Version, Draft(title: "党章、准则学习"), null)).Value!;
        Assert.Equal((1, "党章、准则学习", 1), (updated.Version, updated.Title, updated.Expected));
        Assert.Equal(ResultKind.Conflict, (await events.UpdateAsync(first.Id, first.Version, Draft(title: "旧版本"), null)).Kind);
        Assert.Equal(ResultKind.Conflict, (await events.SetAttendanceAsync(first.Id, first.Version, [new(22)])).Kind);
        var moved = (await events.SetAttendanceAsync(first.Id, updated.Version, [new(22), new(23, false)])).Value!;
        Assert.Equal([22L, 23L], moved.Attendance.Select(a => a.PersonId));
        Assert.Equal(ResultKind.NotFound, (await events.UpdateAsync(first.Id + 1000, 0, Draft(), null)).Kind);
    }

    [Fact]
    public async Task Hours_add_up_per_person_and_source_within_the_dates_and_stay_in_their_jurisdiction()
    {
        await using (var scope = _db.Scope(_a))
        {
            var events = scope.ServiceProvider.GetRequiredService<ICampaignEvents>();
            await events.CreateAsync(Draft(), [new(21), new(22, false, "病假")]);
            await events.CreateAsync(new EventDraft(Training, EventCategories.Training, 10, "轮训", new(2011, 9, 1), 8), [new(21, Hours: 6), new(22)]);
            await events.CreateAsync(new EventDraft(Training, EventCategories.Training, 10, "明年的轮训", new(2012, 3, 1), 8), [new(21)]);

            var hours = await events.HoursAsync([Education, Training], new(2011, 1, 1), new(2011, 12, 31));
            Assert.Equal([(21L, Education, 3m), (21L, Training, 6m), (22L, Training, 8m)],
                hours.OrderBy(h => h.PersonId).ThenBy(h => h.Source).Select(h => (h.PersonId, h.Source, h.Hours)));
            Assert.Equal(14m, (await events.HoursAsync([Training], null, null, [21])).Single().Hours);
            var tallies = await events.TalliesAsync(new EventQuery(Training) { OrganizationIds = [10] });
            Assert.Equal([("明年的轮训", 1, 1), ("轮训", 2, 2)], tallies.Select(t => (t.Title, t.Expected, t.Attended)));
            // Headcounts count every expected person and only those who came: 21 came, 22 was away sick.
            Assert.Equal((2, 1), (await events.TalliesAsync(new EventQuery(Education))).Select(t => (t.Expected, t.Attended)).Single());
            // Headcounts alone: the tallies' figures and order, without the rest of each event.
            Assert.Equal(tallies.Select(t => (t.Id, t.OrganizationId, t.Expected, t.Attended, string.Join("|", t.Tags))),
                (await events.HeadcountsAsync(new EventQuery(Training) { OrganizationIds = [10] })).Select(h => (h.Id, h.OrganizationId, h.Expected, h.Attended, string.Join("|", h.Tags))));
            Assert.Equal(["党章等党内法规"], (await events.HeadcountsAsync(new EventQuery(Education))).Single().Tags);
            // Events attended per person and source: 21 came to the education session and the 2011 training, 22 (away from the
            // education session) to the training only; without dates, 21's training of 2012 counts too.
            Assert.Equal([(21L, Education, 1), (21L, Training, 1), (22L, Training, 1)],
                hours.OrderBy(h => h.PersonId).ThenBy(h => h.Source).Select(h => (h.PersonId, h.Source, h.Events)));
            Assert.Equal([(21L, 2), (22L, 1)], (await events.HoursAsync([Training], null, null)).OrderBy(h => h.PersonId).Select(h => (h.PersonId, h.Events)));
            // Counted per organization in the database: two training sessions held by 10, one of them in 2011.
            Assert.Equal(new Dictionary<long, int> { [10] = 2 }, await events.CountsByOrganizationAsync(new EventQuery(Training)));
            Assert.Equal(new Dictionary<long, int> { [10] = 1 }, await events.CountsByOrganizationAsync(new EventQuery(Training) { To = new(2011, 12, 31) }));
        }
        await using (var other = _db.Scope(_b))
        {
            var events = other.ServiceProvider.GetRequiredService<ICampaignEvents>();
            Assert.Empty(await events.HoursAsync([Education, Training], null, null));
            Assert.Empty(await events.ListAsync(new EventQuery(Training)));
            Assert.Empty(await events.CountsByOrganizationAsync(new EventQuery(Training)));
            var theirs = (await events.CreateAsync(Draft(), [new(21)])).Value!;    // the same slot is free in another jurisdiction
            Assert.True(theirs.Id > 0);
        }
        await using (var scope = _db.Scope(_a))
        {
            var events = scope.ServiceProvider.GetRequiredService<ICampaignEvents>();
            var mine = (await events.FindInSlotAsync(Education, 11, "2011"))!;
            Assert.NotNull(mine);
            Assert.Single(await events.ListAsync(new EventQuery(Education)));
            // An event nobody was listed for counts none expected and none attended.
            await events.CreateAsync(new EventDraft(Training, EventCategories.Training, 10, "无人报名的轮训", new(2013, 1, 5), 2), []);
            var nobody = new EventQuery(Training) { From = new(2013, 1, 1) };
            Assert.Equal((0, 0), (await events.HeadcountsAsync(nobody)).Select(h => (h.Expected, h.Attended)).Single());
            Assert.Equal((0, 0), (await events.TalliesAsync(nobody)).Select(t => (t.Expected, t.Attended)).Single());
        }
    }
}
