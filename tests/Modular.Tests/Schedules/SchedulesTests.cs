using Modular.Identity;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Jurisdictions;
using Modular.Schedules;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Schedules;

/// <summary>test-good over the roster and tree in <see cref="Directory"/> (a stand-in of the test's data), the clock at 2011-06-30 16:00 in Shanghai.</summary>
public sealed class SchedulesHost() : SharedTestHost(["test-good"], new DateTimeOffset(2011, 6, 30, 8, 0, 0, TimeSpan.Zero))
{
    public TestDirectoryData Directory { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => TestDirectoryData.Register(services, Directory);
}

/// <summary>
/// Schedules over the real host and PostgreSQL: deadlines re-resolving, obligations from a plugin
/// provider and from "every leading cadre", status around the due day, rollups on a known tree,
/// attendance hours, the calendar feed and its token, the reminder job across two runners.
/// The clock stands at 2011-06-30 16:00 in Shanghai unless a test moves it (put back before each test). One host for
/// the class, emptied before each test.
/// </summary>
public sealed class SchedulesTests(SchedulesHost shared) : SharedHostTests<SchedulesHost>(shared)
{
    private readonly TestDirectoryData _directory = shared.Directory;
    private HttpClient _admin = null!;
    private Jurisdiction _county = null!, _other = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The stand-in roster lives with the host: empty it as the database was.
        _directory.Organizations.Clear();
        _directory.People.Clear();
        _county = await Host.CreateJurisdictionAsync("county", "XX县", "test-good");
        _other = await Host.CreateJurisdictionAsync("other", "YY县", "test-good");
        _directory.AddSmallCounty(_county.Id);
        _directory.AddSmallCounty(_other.Id); // the same ids in another jurisdiction
        _admin = await Host.ApiClientAsync("county-admin");
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<long> CreateCampaignAsync(HttpClient client, string code = "county")
    {
        var campaign = await Ok(await client.PostAsJsonAsync($"/api/j/{code}/campaigns", new
        {
            pluginId = "county-five-activities", name = "创先争优五项活动", startsOn = "2011-05-05", endsOn = "2011-12-31",
            settings = new Dictionary<string, string> { ["analysis-due"] = "07-01" },
        }));
        return campaign.GetProperty("id").GetInt64();
    }

    private async Task<JsonElement[]> ObligationsAsync(string query, HttpClient? client = null, string code = "county") =>
        (await (client ?? _admin).GetItemsAsync($"/api/j/{code}/obligations?{query}"))!;

    private static string[] DuesOf(IEnumerable<JsonElement> obligations) =>
        obligations.Select(o => $"{o.GetProperty("obligedId").GetInt64()}:{(o.GetProperty("dueOn").ValueKind == JsonValueKind.Null ? "?" : o.GetProperty("dueOn").GetString())}:{o.GetProperty("status").GetString()}")
            .Order().ToArray();

    [Fact]
    public async Task Deadlines_re_resolve_when_an_event_date_or_a_setting_changes()
    {
        var id = await CreateCampaignAsync(_admin);
        await Ok(await _admin.PostAsJsonAsync($"/api/j/county/campaigns/{id}/deadlines", new
        {
            typeKey = "committee-mobilization", name = "各党委召开动员大会", rule = "7 days after event county-mobilization-meeting",
            assignees = "organizations", organizationKind = "PartyCommittee",
        }));
        Assert.Equal(["1:?:pending", "10:?:pending", "20:?:pending"], DuesOf(await ObligationsAsync("type=committee-mobilization")));

        await Ok(await _admin.PutAsJsonAsync($"/api/j/county/campaigns/{id}/milestones/county-mobilization-meeting", new { name = "全县动员大会", occurredOn = "2011-05-20" }));
        Assert.Equal(["1:2011-05-27:missed", "10:2011-05-27:missed", "20:2011-05-27:missed"], DuesOf(await ObligationsAsync("type=committee-mobilization")));

        await Ok(await _admin.PutAsJsonAsync($"/api/j/county/campaigns/{id}/milestones/county-mobilization-meeting", new { occurredOn = "2011-06-28" }));
        Assert.Equal(["1:2011-07-05:pending", "10:2011-07-05:pending", "20:2011-07-05:pending"], DuesOf(await ObligationsAsync("type=committee-mobilization")));

        await Ok(await _admin.PostAsJsonAsync($"/api/j/county/campaigns/{id}/deadlines", new
        {
            typeKey = "party-spirit-report", name = "党性分析报告", rule = "setting:analysis-due", assignees = "leading-cadres",
        }));
        Assert.Equal(["101:2011-07-01:pending", "103:2011-07-01:pending", "201:2011-07-01:pending"], DuesOf(await ObligationsAsync("type=party-spirit-report")));
        await Ok(await _admin.PutAsJsonAsync($"/api/j/county/campaigns/{id}/settings", new Dictionary<string, string> { ["analysis-due"] = "06-29" }));
        Assert.Equal(["101:2011-06-29:missed", "103:2011-06-29:missed", "201:2011-06-29:missed"], DuesOf(await ObligationsAsync("type=party-spirit-report")));

        var detail = await _admin.GetFromJsonAsync<JsonElement>($"/api/j/county/campaigns/{id}");
        Assert.Equal("2011-06-28", detail.GetProperty("milestones")[0].GetProperty("occurredOn").GetString());
        Assert.Equal(2, detail.GetProperty("deadlines").GetArrayLength());

        var bad = await _admin.PostAsJsonAsync($"/api/j/county/campaigns/{id}/deadlines", new { typeKey = "x", name = "x", rule = "whenever", assignees = "members" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("rule", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Obligations_come_from_a_plugin_provider_and_from_every_leading_cadre_each_quarter()
    {
        var generated = await Ok(await _admin.PostAsJsonAsync("/api/j/county/obligations/generate", new { from = "2011-06-01", to = "2011-06-03" }));
        Assert.Equal(15, generated.GetProperty("touched").GetInt32()); // five members × three days
        Assert.Equal(0, (await Ok(await _admin.PostAsJsonAsync("/api/j/county/obligations/generate", new { from = "2011-06-01", to = "2011-06-03" }))).GetProperty("touched").GetInt32());
        Assert.Equal(["101:2011-06-01:missed", "101:2011-06-02:missed", "101:2011-06-03:missed"], DuesOf(await ObligationsAsync("person=101&type=test-daily-note&from=2011-06-01&to=2011-06-03")));
        // The other county reads its own (generated as it reads), never these.
        static long[] Ids(JsonElement[] list) => list.Select(o => o.GetProperty("id").GetInt64()).ToArray();
        var ours = Ids(await ObligationsAsync("type=test-daily-note&from=2011-06-01&to=2011-06-03"));
        var theirs = Ids(await ObligationsAsync("type=test-daily-note&from=2011-06-01&to=2011-06-03", await Host.ApiClientAsync("other-admin"), "other"));
        Assert.Equal((15, 15), (ours.Length, theirs.Length));
        Assert.Empty(ours.Intersect(theirs));

        var id = await CreateCampaignAsync(_admin);
        await Ok(await _admin.PostAsJsonAsync($"/api/j/county/campaigns/{id}/deadlines", new
        {
            typeKey = "theory-book-notes", name = "精读一本理论著作", rule = "each quarter end", assignees = "leading-cadres",
        }));
        var books = await ObligationsAsync("type=theory-book-notes");
        Assert.Equal(9, books.Length); // three leading cadres × three quarters (the campaign starts in Q2)
        Assert.Equal(["101", "103", "201"], books.Select(b => b.GetProperty("obligedId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());
        Assert.Equal(["2011-06-30", "2011-09-30", "2011-12-31"], books.Select(b => b.GetProperty("dueOn").GetString()).Distinct().Order());
        Assert.Equal("2011-05-05", books.First(b => b.GetProperty("dueOn").GetString() == "2011-06-30").GetProperty("periodStart").GetString());
    }

    private async Task<long> DailyNoteAsync(long person, string day, string code = "county", HttpClient? client = null) =>
        (await ObligationsAsync($"person={person}&type=test-daily-note&from={day}&to={day}", client, code)).Single().GetProperty("id").GetInt64();

    private async Task<JsonElement> RecordAsync(long obligation, DateTimeOffset metAt) =>
        await Ok(await _admin.PostAsJsonAsync($"/api/j/county/obligations/{obligation}/record", new { kind = "study-note", reference = "n-" + obligation, metAt }));

    [Fact]
    public async Task Status_is_done_on_the_due_day_late_the_day_after_pending_until_then_and_missed_once_it_passed_in_Shanghai_time()
    {
        await Ok(await _admin.PostAsJsonAsync("/api/j/county/obligations/generate", new { from = "2011-06-29", to = "2011-06-30" }));
        // 2011-06-29 15:59:59 UTC is 23:59:59 on the due day in Shanghai; 16:00:00 UTC is the next day there.
        Assert.Equal("done", (await RecordAsync(await DailyNoteAsync(101, "2011-06-29"), new(2011, 6, 29, 15, 59, 59, TimeSpan.Zero))).GetProperty("status").GetString());
        Assert.Equal("late", (await RecordAsync(await DailyNoteAsync(102, "2011-06-29"), new(2011, 6, 29, 16, 0, 0, TimeSpan.Zero))).GetProperty("status").GetString());
        Assert.Equal(["103:2011-06-29:missed", "103:2011-06-30:pending"], DuesOf(await ObligationsAsync("person=103&type=test-daily-note&from=2011-06-29&to=2011-06-30")));

        Clock.Now = new DateTimeOffset(2011, 6, 30, 15, 59, 59, TimeSpan.Zero); // the due day's last second
        _admin = await Host.ApiClientAsync("county-admin"); // bearer tokens expire on the moved clock too
        Assert.Equal(["103:2011-06-29:missed", "103:2011-06-30:pending"], DuesOf(await ObligationsAsync("person=103&type=test-daily-note&from=2011-06-29&to=2011-06-30")));
        Clock.Now = new DateTimeOffset(2011, 6, 30, 16, 0, 0, TimeSpan.Zero);
        _admin = await Host.ApiClientAsync("county-admin");
        Assert.Equal(["103:2011-06-29:missed", "103:2011-06-30:missed"], DuesOf(await ObligationsAsync("person=103&type=test-daily-note&from=2011-06-29&to=2011-06-30")));

        // The SQL expression agrees with the C# rule on every combination around the due day.
        await using var data = NpgsqlDataSource.Create(Host.ConnectionString);
        var due = new DateOnly(2011, 6, 30);
        foreach (var met in new DateOnly?[] { null, due.AddDays(-1), due, due.AddDays(1) })
            foreach (var today in new[] { due.AddDays(-1), due, due.AddDays(1) })
            {
                await using var command = data.CreateCommand($"select {Modular.Schedules.Rules.ObligationStatusRules.SqlExpression} from (select @due::date as due_on, @met::date as met_on) o");
                command.Parameters.AddWithValue("due", due);
                command.Parameters.Add(new NpgsqlParameter("met", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)met ?? DBNull.Value });
                command.Parameters.AddWithValue("today", today);
                Assert.Equal((int)Modular.Schedules.Rules.ObligationStatusRules.Compute(due, met, today), (int)(await command.ExecuteScalarAsync())!);
            }
    }

    private static string Line(JsonElement lines, string type)
    {
        var l = lines.EnumerateArray().Single(x => x.GetProperty("typeKey").GetString() == type);
        return string.Join(" ", new[] { "total", "done", "late", "missed", "pending" }.Select(k => l.GetProperty(k).GetInt64()));
    }

    [Fact]
    public async Task Rollup_counts_a_known_tree_per_subtree_and_never_another_jurisdictions_rows()
    {
        var otherAdmin = await Host.ApiClientAsync("other-admin");
        foreach (var (client, code) in new[] { (_admin, "county"), (otherAdmin, "other") })
            await Ok(await client.PostAsJsonAsync($"/api/j/{code}/obligations/generate", new { from = "2011-06-28", to = "2011-06-30" }));
        var onTime = new DateTimeOffset(2011, 6, 28, 4, 0, 0, TimeSpan.Zero);
        foreach (var day in new[] { "2011-06-28", "2011-06-29", "2011-06-30" })
            await RecordAsync(await DailyNoteAsync(101, day), new DateTimeOffset(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero).AddHours(2));
        await RecordAsync(await DailyNoteAsync(102, "2011-06-28"), onTime.AddDays(1)); // late
        await RecordAsync(await DailyNoteAsync(201, "2011-06-29"), onTime.AddDays(1)); // on time

        // Reading generates the plugin's month either side of today too: count the three days recorded above.
        async Task<string> RollupAsync(HttpClient client, string code, long org, string from = "2011-06-28", string to = "2011-06-30") =>
            Line((await client.GetFromJsonAsync<JsonElement>($"/api/j/{code}/compliance?organization={org}&from={from}&to={to}")).GetProperty("lines"), "test-daily-note");

        //                                                  total done late missed pending
        Assert.Equal("15 4 1 6 4", await RollupAsync(_admin, "county", 1));
        Assert.Equal("9 3 1 3 2", await RollupAsync(_admin, "county", 10));
        Assert.Equal("6 1 0 3 2", await RollupAsync(_admin, "county", 20));
        Assert.Equal("6 3 1 1 1", await RollupAsync(_admin, "county", 11));
        Assert.Equal("5 1 0 0 4", await RollupAsync(_admin, "county", 1, "2011-06-30", "2011-06-30"));
        Assert.Equal("15 0 0 10 5", await RollupAsync(otherAdmin, "other", 1)); // the other county: nothing met
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync("/api/j/county/compliance?organization=1")).StatusCode);

        // The trigger-kept counters agree with the obligation rows, and with the statuses listed one by one.
        await using (var data = NpgsqlDataSource.Create(Host.ConnectionString))
            foreach (var root in new long[] { 1, 10, 11, 20, 21 })
                Assert.Equal(await ComplianceRollup.RollupFromRowsAsync(data, _county.Id, root, new(2011, 6, 1), new(2011, 6, 30), new(2011, 6, 30)),
                    await ComplianceRollup.RollupAsync(data, _county.Id, root, new(2011, 6, 1), new(2011, 6, 30), new(2011, 6, 30)));
        var listed = await ObligationsAsync("type=test-daily-note&from=2011-06-28&to=2011-06-30");
        Assert.Equal(4, listed.Count(o => o.GetProperty("status").GetString() == "done"));
        Assert.Equal(6, listed.Count(o => o.GetProperty("status").GetString() == "missed"));

        var page = await (await Host.BrowserClientAsync("county-admin")).GetStringAsync("/j/county/compliance?organization=1&from=2011-06-28&to=2011-06-30");
        Assert.Contains("每日笔记", page); // the plugin's name for test-daily-note
        Assert.Contains("width: 26.7%", page); // 4 of 15 done
    }

    [Fact]
    public async Task Attendance_hours_add_up_per_person()
    {
        var first = await Ok(await _admin.PostAsJsonAsync("/api/j/county/events", new { title = "党课", kind = "lecture", organizationId = 11, startsAt = "2011-06-20T01:00:00Z", hours = 3 }));
        var second = await Ok(await _admin.PostAsJsonAsync("/api/j/county/events", new { title = "集中学习", kind = "training", organizationId = 11, startsAt = "2011-06-25T01:00:00Z", hours = 2 }));
        var (a, b) = (first.GetProperty("id").GetInt64(), second.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync($"/api/j/county/events/{a}/attendance", new { personId = 101 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync($"/api/j/county/events/{a}/attendance", new { personId = 102, hours = 1.5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync($"/api/j/county/events/{b}/attendance", new { personId = 101, hours = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _admin.PutAsJsonAsync($"/api/j/county/events/{b}/attendance", new { personId = 102, hours = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _admin.PostAsJsonAsync("/api/j/county/events", new { title = "", kind = "party", organizationId = 11, hours = 0 })).StatusCode);

        var totals = (await _admin.GetItemsAsync("/api/j/county/attendance/totals"))!;
        Assert.Equal(["101:2:5.00", "102:1:1.50"], totals.Select(t => $"{t.GetProperty("personId").GetInt64()}:{t.GetProperty("events").GetInt32()}:{t.GetProperty("hours").GetDecimal():0.00}"));
        Assert.Empty((await (await Host.ApiClientAsync("other-admin")).GetItemsAsync("/api/j/other/attendance/totals"))!);

        // A member reads their own hours, nobody else's, and no event's register.
        var user = await Host.CreateUserAsync(_county.Id, "county-attendee", Roles.Member);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync("/api/j/county/person-accounts", new { userId = user.Id, personId = 101 })).StatusCode);
        var member = await Host.ApiClientAsync("county-attendee");
        Assert.Equal(["101:2"], (await member.GetItemsAsync("/api/j/county/attendance/totals?person=101"))!.Select(t => $"{t.GetProperty("personId").GetInt64()}:{t.GetProperty("events").GetInt32()}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/j/county/attendance/totals?person=102")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/j/county/attendance/totals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/j/county/events/{a}/attendance")).StatusCode);
        Assert.Equal(2, (await _admin.GetItemsAsync($"/api/j/county/events/{a}/attendance"))!.Length);

        var page = await (await Host.BrowserClientAsync("county-admin")).GetStringAsync($"/j/county/office/events/{a}");
        Assert.Contains("sortable filterable", page);
        Assert.Contains("1.50", page);
    }

    [Fact]
    public async Task The_calendar_feed_is_RFC_5545_shows_only_the_tokens_person_and_refuses_wrong_or_revoked_tokens()
    {
        await Ok(await _admin.PostAsJsonAsync("/api/j/county/obligations/generate", new { from = "2011-06-29", to = "2011-06-30" }));
        var ev = await Ok(await _admin.PostAsJsonAsync("/api/j/county/events", new { title = "党课，学习; 讨论, 交流\n第二行", kind = "lecture", organizationId = 11, startsAt = "2011-06-30T01:00:00Z", hours = 2 }));
        await Ok(await _admin.PutAsJsonAsync($"/api/j/county/events/{ev.GetProperty("id").GetInt64()}/attendance", new { personId = 101 }));
        var created = await Ok(await _admin.PostAsJsonAsync("/api/j/county/calendar-tokens", new { personId = 101 }));
        var token = created.GetProperty("token").GetString()!;
        Assert.Equal(43, token.Length);

        var response = await Host.Anonymous.GetAsync($"/ics/{token}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        Assert.Contains("DTSTART;VALUE=DATE:20110630\r\n", ics);
        Assert.Contains("DTSTART:20110630T010000Z\r\n", ics);
        Assert.Contains("SUMMARY:党课，学习\\; 讨论\\, 交流\\n第二行", ics.Replace("\r\n ", ""));
        foreach (var line in ics.Split("\r\n")) Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line);
        foreach (var mine in await ObligationsAsync("person=101")) Assert.Contains($"UID:deadline-{mine.GetProperty("id").GetInt64()}@", ics);
        foreach (var theirs in await ObligationsAsync("person=102")) Assert.DoesNotContain($"UID:deadline-{theirs.GetProperty("id").GetInt64()}@", ics);
        Assert.Equal((await ObligationsAsync("person=101")).Length + 1, ics.Split("BEGIN:VEVENT").Length - 1); // every deadline of 101 and the event

        var wrong = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Anonymous.GetAsync($"/ics/{wrong}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Anonymous.GetAsync("/ics/not-a-token.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.ApiClientAsync("other-admin")).DeleteAsync($"/api/j/county/calendar-tokens/{created.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/j/county/calendar-tokens/{created.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Anonymous.GetAsync($"/ics/{token}.ics")).StatusCode);

        var calendar = (await _admin.GetFromJsonAsync<JsonElement[]>("/api/j/county/calendar?person=101&month=2011-06"))!;
        Assert.Equal(30, calendar.Count(i => i.GetProperty("kind").GetString() == "deadline")); // June, generated on reading
        Assert.Single(calendar, i => i.GetProperty("kind").GetString() == "event");
        var page = await (await Host.BrowserClientAsync("county-admin")).GetStringAsync("/j/county/calendar?person=101&month=2011-06");
        Assert.Contains("每日笔记", page);
        Assert.Contains("第二行", page);
    }

    private ReminderJob NewReminderJob() => new(
        Host.App.Services.GetRequiredService<JurisdictionDirectory>(), Host.App.Services.GetRequiredService<IServiceScopeFactory>(),
        Host.JobClaimsOfAnotherInstance(), Clock, NullLogger<ReminderJob>.Instance);

    [Fact]
    public async Task The_reminder_job_runs_once_per_jurisdiction_and_day_with_two_runners_and_feeds_the_dashboard_card()
    {
        await Ok(await _admin.PostAsJsonAsync("/api/j/county/obligations/generate", new { from = "2011-06-28", to = "2011-07-20" }));
        await RecordAsync(await DailyNoteAsync(102, "2011-06-28"), new(2011, 6, 28, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync("/api/j/county/reminders/settings", new { days = 3 })).StatusCode);
        var me = await _admin.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var userId = me.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync("/api/j/county/person-accounts", new { userId, personId = 102 })).StatusCode);

        var (first, second) = (NewReminderJob(), NewReminderJob());
        var runs = await Task.WhenAll(first.RunDueAsync(), second.RunDueAsync());
        Assert.Equal(2, runs.Sum()); // two jurisdictions, each once
        Assert.Equal(0, await first.RunDueAsync());

        // Today is 06-30 and the pass generated the notes from 05-30 on: 05-30…06-29 are overdue except 06-28,
        // which was recorded; 06-30 to 07-03 fall due within three days.
        var mine = await _admin.GetFromJsonAsync<JsonElement>("/api/j/county/reminders/mine");
        Assert.Equal(30, mine.GetProperty("overdue").GetInt32());
        Assert.Equal(4, mine.GetProperty("dueSoon").GetInt32());

        var dashboard = await (await Host.BrowserClientAsync("county-admin")).GetStringAsync("/j/county");
        Assert.Contains("待办与逾期", dashboard);
        Assert.Contains("2011-06-29", dashboard);

        Clock.Now = Clock.Now.AddDays(1);
        _admin = await Host.ApiClientAsync("county-admin");
        Assert.Equal(2, (await Task.WhenAll(first.RunDueAsync(), second.RunDueAsync())).Sum());
        mine = await _admin.GetFromJsonAsync<JsonElement>("/api/j/county/reminders/mine");
        Assert.Equal(31, mine.GetProperty("overdue").GetInt32()); // and 06-30 joins them
    }

    [Fact]
    public async Task The_daily_pass_generates_plugin_obligations_around_today_and_keeps_records_it_did_not_make()
    {
        await using var data = NpgsqlDataSource.Create(Host.ConnectionString);
        const string Count = "select count(*) from schedules.obligations where type_key = 'test-daily-note'";
        Assert.Equal(0L, await Sql.ScalarAsync<long>(data, Count));
        Assert.Equal(2, await NewReminderJob().RunDueAsync());
        Assert.Equal(2 * 5 * 63L, await Sql.ScalarAsync<long>(data, Count)); // both counties, before anyone reads

        // 2011-06-30 ± 31 days, every member, without anyone pressing "generate".
        var mine = await ObligationsAsync("type=test-daily-note&person=101&from=2011-01-01&to=2011-12-31");
        Assert.Equal((new DateOnly(2011, 5, 30), new DateOnly(2011, 7, 31)),
            (DateOnly.Parse(mine.First().GetProperty("dueOn").GetString()!), DateOnly.Parse(mine.Last().GetProperty("dueOn").GetString()!)));
        Assert.Equal(63, mine.Length);

        // A record attached by hand survives the next day's regeneration (the provider does not report it).
        await RecordAsync(await DailyNoteAsync(101, "2011-06-29"), new(2011, 6, 29, 2, 0, 0, TimeSpan.Zero));
        Clock.Now = Clock.Now.AddDays(1);
        Assert.Equal(2, await NewReminderJob().RunDueAsync());
        _admin = await Host.ApiClientAsync("county-admin"); // the token of a day ago has expired
        var again = await ObligationsAsync("type=test-daily-note&person=101&from=2011-06-29&to=2011-06-29");
        Assert.Equal("done", again.Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_office_pages_create_a_campaign_with_a_stage_an_event_date_and_a_deadline_that_re_resolves()
    {
        var browser = await Host.BrowserClientAsync("county-admin");
        var created = await TestHost.SubmitFormAsync(browser, "/j/county/office/campaigns", new()
        {
            ["pluginId"] = "county-five-activities", ["name"] = "网页活动", ["startsOn"] = "2011-05-05", ["endsOn"] = "2011-12-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString;
        var stage = await TestHost.SubmitFormAsync(browser, page, new() { ["name"] = "广泛发动，安排部署", ["startsOn"] = "2011-05-05", ["endsOn"] = "2011-05-31" }, page + "?handler=Stage");
        Assert.Contains("已添加阶段", await stage.Content.ReadAsStringAsync());
        var bad = await TestHost.SubmitFormAsync(browser, page, new() { ["typeKey"] = "x", ["name"] = "x", ["rule"] = "some day", ["assignees"] = "members" }, page + "?handler=Deadline");
        Assert.Contains("期限规则无法识别", await bad.Content.ReadAsStringAsync());
        await TestHost.SubmitFormAsync(browser, page, new() { ["typeKey"] = "plan-filed", ["name"] = "实施方案备案", ["rule"] = "stage 广泛发动，安排部署 end + 7 days", ["assignees"] = "organizations" }, page + "?handler=Deadline");
        await TestHost.SubmitFormAsync(browser, page, new() { ["typeKey"] = "committee-meeting", ["name"] = "召开动员会", ["rule"] = "7 days after event county-meeting", ["assignees"] = "organizations" }, page + "?handler=Deadline");
        var before = await browser.GetStringAsync(page);
        Assert.Contains("2011-06-07", before);
        Assert.Contains("待定", before);
        var after = await (await TestHost.SubmitFormAsync(browser, page, new() { ["key"] = "county-meeting", ["name"] = "县动员大会", ["occurredOn"] = "2011-05-10" }, page + "?handler=Milestone")).Content.ReadAsStringAsync();
        Assert.Contains("2011-05-17", after);
        Assert.Contains("sortable filterable", after);
        Assert.Equal(6, (await ObligationsAsync("type=committee-meeting")).Count(o => o.GetProperty("dueOn").GetString() == "2011-05-17"));
    }

    [Fact]
    public async Task The_obligation_list_downloads_as_a_ledger_with_names_and_statuses()
    {
        await Ok(await _admin.PostAsJsonAsync("/api/j/county/obligations/generate", new { from = "2011-06-29", to = "2011-06-29" }));
        await RecordAsync(await DailyNoteAsync(101, "2011-06-29"), new(2011, 6, 29, 10, 0, 0, TimeSpan.Zero));

        var csv = await _admin.GetAsync("/api/j/county/obligations/ledger?type=test-daily-note&format=csv");
        var xlsx = await _admin.GetAsync("/api/j/county/obligations/ledger?type=test-daily-note");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("任务类型,责任人/组织,所在组织,周期开始,期限,状态,完成记录,完成时间", lines);
        Assert.Contains(lines, l => l.StartsWith("test-daily-note,张一,") && l.Contains("2011-06-29") && l.Contains("按期完成") && l.Contains("2011-06-29 18:00"));
        Assert.Contains(lines, l => l.Contains(",未完成,"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.ApiClientAsync("other-admin")).GetAsync("/api/j/county/obligations/ledger")).StatusCode);
    }
}
