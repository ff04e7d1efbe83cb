using System.Net.Http.Json;
using System.Text.Json;
using Modular.Host.Scheduling;
using Npgsql;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// The office's notes figures come from per-organization counters (migration 1700) that triggers keep as notes are
/// written and that move with a transferred member. Every figure here is checked against a recount of the day rows
/// joined to the roster as it is now, which is what the counters stand in for.
/// </summary>
public sealed class NoteCountsTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static object Note(long person, string day, decimal hours = 1) => new { personId = person, day, body = DailyNoteTests.Body(300), hours };

    private static IEnumerable<object> Days(long person, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(d => Note(person, $"2011-06-{d:00}"));

    [Fact]
    public async Task A_transferred_members_notes_are_counted_in_the_branch_they_moved_to()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20);
        var b = await fixture.CreateBannerAsync("nc-move");
        var (qiqige, wuyun, wangfang) = (b.People["其其格"], b.People["乌云"], b.People["王芳"]);
        await WriteAsync(b, [.. Days(qiqige, 1, 2), Note(qiqige, "2011-06-03", 0.5m), .. Days(qiqige, 4, 10), .. Days(wuyun, 1, 5), Note(wangfang, "2011-06-10")]);

        var progress = await ProgressAsync(b);
        Assert.Equal((9 + 5, 9 + 5), (progress[b.Gacha].Done, progress[b.Gacha].June)); // 06-03 short on time
        Assert.Equal(1, progress[b.Community].Done);
        await AssertRecountAsync(b, progress);

        await TransferAsync(b, qiqige, b.Community);
        progress = await ProgressAsync(b);
        Assert.Equal((5, 9 + 1), (progress[b.Gacha].Done, progress[b.Community].Done));
        await AssertRecountAsync(b, progress);

        // Rewritten with the hour studied: the day counts, in the branch the member is in now.
        await WriteAsync(b, [Note(qiqige, "2011-06-03")]);
        progress = await ProgressAsync(b);
        Assert.Equal((5, 11), (progress[b.Gacha].Done, progress[b.Community].Done));
        // asOf's own note is not late yet: the community owes 3 members × the days up to today, less today's 3, less what is written before today.
        var due = progress[b.Community].Expected / 3;
        Assert.Equal(3 * due - 3 - (11 - 2), progress[b.Community].Overdue);
        await AssertRecountAsync(b, progress);
    }

    [Fact]
    public async Task The_nightly_check_moves_the_notes_a_lost_announcement_left_behind()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20);
        var b = await fixture.CreateBannerAsync("nc-night");
        await WriteAsync(b, [.. Days(b.People["其其格"], 1, 4)]);
        // The roster moves 其其格 but the plugin never hears of it (a host stopped between the commit and the announcement).
        await Sql.ExecuteAsync(b.Host.ConnectionString, $"update roster.people set organization_id = {b.Finance} where id = {b.People["其其格"]}");
        Assert.Equal(4, (await ProgressAsync(b))[b.Gacha].Done);

        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 11, 2, 31);
        await b.Host.App.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(default);
        var progress = await ProgressAsync(b);
        Assert.Equal((0, 4), (progress[b.Gacha].Done, progress[b.Finance].Done));
        await AssertRecountAsync(b, progress);
    }

    [Fact]
    public async Task A_banner_of_many_members_and_transfers_counts_as_a_recount_does()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 2, 20);
        var b = await fixture.CreateBannerAsync("nc-many");
        var branches = new[] { b.Gacha, b.Community, b.Finance };
        var members = new List<long>();
        var branchOf = new Dictionary<long, long>();
        for (var i = 0; i < 30; i++) members.Add(await b.PersonAsync($"党员{i}", branchOf[i] = branches[i % 3]));
        // Two months of notes, some short on time, in two batches; then a third of the members move, some twice.
        var random = new Random(2011);
        var notes = members.SelectMany(p => Enumerable.Range(0, 59).Where(_ => random.Next(10) < 8)
            .Select(d => Note(p, $"{new DateOnly(2011, 5, 5).AddDays(d):yyyy-MM-dd}", random.Next(20) == 0 ? 0.5m : 1))).ToList();
        await WriteAsync(b, [.. notes.Take(notes.Count / 2)]);
        async Task MoveAsync(int i) => await TransferAsync(b, members[i], branchOf[i] = branches.Where(o => o != branchOf[i]).ElementAt(random.Next(2)));
        for (var i = 0; i < 30; i += 3) await MoveAsync(i);
        await WriteAsync(b, [.. notes.Skip(notes.Count / 2)]);
        for (var i = 0; i < 30; i += 5) await MoveAsync(i);
        await AssertRecountAsync(b, await ProgressAsync(b));

        // The hours a day needs are a setting: lowered, the half-hour days count too, in whole months and ragged ends alike.
        await b.Host.SetSwitchAsync(b.Id, SixOnesHost.PluginId, true, new() { ["dailyNote.studyHours"] = "0.5" });
        await AssertRecountAsync(b, await ProgressAsync(b), studyHours: 0.5m);
    }

    [Fact]
    public async Task The_year_end_list_counts_each_member_as_a_recount_of_the_day_rows_does()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 2, 20);
        var b = await fixture.CreateBannerAsync("nc-year");
        var branches = new[] { b.Gacha, b.Community, b.Finance };
        var members = new List<long>();
        for (var i = 0; i < 12; i++) members.Add(await b.PersonAsync($"党员{i}", branches[i % 3]));
        var random = new Random(2012);
        var days = members.SelectMany(p => Enumerable.Range(0, 59).Where(_ => random.Next(10) < 8)
            .Select(d => (Person: p, Day: $"{new DateOnly(2011, 5, 5).AddDays(d):yyyy-MM-dd}", Hours: random.Next(8) == 0 ? 0.5m : 1.25m))).ToList();
        var notes = days.Select(d => Note(d.Person, d.Day, d.Hours)).ToList();
        await WriteAsync(b, [.. notes.Take(notes.Count / 2)]);
        await TransferAsync(b, members[0], b.Community);
        await WriteAsync(b, [.. notes.Skip(notes.Count / 2)]);
        await AssertYearEndAsync(b, new(2011, 5, 5), new(2011, 7, 2), studyHours: 1);

        // Rewritten with other hours: a day moves between counted and short, and its hours with it.
        await WriteAsync(b, [.. days.Where((_, i) => i % 7 == 0).Select(d => Note(d.Person, d.Day, d.Hours == 0.5m ? 2 : 0.25m))]);
        await AssertYearEndAsync(b, new(2011, 5, 5), new(2011, 7, 2), studyHours: 1);

        // The settings change after the notes are written: fewer hours make a day, and the campaign starts later, so
        // May's notes (still written) fall outside the year's list.
        await b.Host.SetSwitchAsync(b.Id, SixOnesHost.PluginId, true, new() { ["dailyNote.studyHours"] = "0.5", ["campaign.start"] = "06-01" });
        await AssertYearEndAsync(b, new(2011, 6, 1), new(2011, 7, 2), studyHours: 0.5m);
        // A campaign that starts after today has nothing due and nothing written yet, whatever was written before.
        await b.Host.SetSwitchAsync(b.Id, SixOnesHost.PluginId, true, new() { ["dailyNote.studyHours"] = "0.5", ["campaign.start"] = "08-01" });
        await AssertYearEndAsync(b, new(2011, 8, 1), new(2011, 7, 2), studyHours: 0.5m);
    }

    // Every member of the banner on the year-end list (one page of 500), each as the day rows of [from, to] count them.
    private static async Task AssertYearEndAsync(SixOnesBanner b, DateOnly from, DateOnly to, decimal studyHours)
    {
        var recount = new Dictionary<long, (int Notes, int Short, decimal Hours)>();
        await using var database = NpgsqlDataSource.Create(b.Host.ConnectionString);
        await using (var command = database.CreateCommand($"""
            select p.id, count(n.day) filter (where n.hours >= {studyHours})::int, count(n.day) filter (where n.hours < {studyHours})::int, coalesce(sum(n.hours), 0)
              from roster.people p
              left join six_ones.note_days n on n.jurisdiction_id = p.jurisdiction_id and n.person_id = p.id
                                             and n.day between '{from:yyyy-MM-dd}' and '{to:yyyy-MM-dd}'
             where p.jurisdiction_id = {b.Id}
             group by 1
            """))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) recount[reader.GetInt64(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetDecimal(3));

        var report = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/notes/year-end?sort=Name&pageSize=500"));
        var lines = report.GetProperty("lines").GetProperty("items").EnumerateArray().ToDictionary(l => l.GetProperty("personId").GetInt64(),
            l => (l.GetProperty("notes").GetInt32(), l.GetProperty("short").GetInt32(), l.GetProperty("hours").GetDecimal()));
        Assert.Equal(recount.Count, report.GetProperty("lines").GetProperty("total").GetInt32());
        Assert.Equal(recount.OrderBy(r => r.Key), lines.OrderBy(l => l.Key));
        var due = report.GetProperty("daysDue").GetInt32();
        Assert.Equal(Math.Max(0, to.DayNumber - from.DayNumber + 1), due);
        var completion = report.GetProperty("completion");
        Assert.Equal(recount.Values.Count(c => c.Notes == due), completion.GetProperty("complete").GetInt32());
        Assert.Equal(recount.Values.Count(c => c.Notes < due && 100m * c.Notes / due >= 79.95m), completion.GetProperty("eightyOrMore").GetInt32());
        Assert.Equal(recount.Count, completion.GetProperty("complete").GetInt32() + completion.GetProperty("eightyOrMore").GetInt32() + completion.GetProperty("belowEighty").GetInt32());
    }

    private static async Task WriteAsync(SixOnesBanner b, object[] notes)
    {
        var response = await b.OfficeApi.PostAsJsonAsync(b.Api("/notes/batch"), new { notes });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task TransferAsync(SixOnesBanner b, long person, long to)
    {
        var response = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/people/{person}/transfer", new { toOrganizationId = to });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed record Figures(int Expected, int Done, int Overdue, int June, IReadOnlyList<int> Months);

    private static async Task<Dictionary<long, Figures>> ProgressAsync(SixOnesBanner b)
    {
        var rows = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/notes/progress"));
        return rows.EnumerateArray().ToDictionary(r => r.GetProperty("organizationId").GetInt64(), r =>
        {
            var months = r.GetProperty("doneByMonth").EnumerateArray().Select(m => m.GetInt32()).ToList();
            return new Figures(r.GetProperty("expected").GetInt32(), r.GetProperty("done").GetInt32(), r.GetProperty("overdue").GetInt32(), months[5], months);
        });
    }

    // The notes that count (dailyNote.studyHours studied, an hour by default), per organization the roster has each member in now, and month.
    private static async Task AssertRecountAsync(SixOnesBanner b, Dictionary<long, Figures> progress, decimal studyHours = 1)
    {
        var recount = new Dictionary<long, int[]>();
        await using var database = NpgsqlDataSource.Create(b.Host.ConnectionString);
        await using var command = database.CreateCommand($"""
            select p.organization_id, extract(month from n.day)::int, count(*)::int
              from six_ones.note_days n join roster.people p on p.jurisdiction_id = n.jurisdiction_id and p.id = n.person_id
             where n.jurisdiction_id = {b.Id} and n.hours >= {studyHours}
             group by 1, 2
            """);
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                if (!recount.TryGetValue(reader.GetInt64(0), out var months)) recount[reader.GetInt64(0)] = months = new int[12];
                months[reader.GetInt32(1) - 1] = reader.GetInt32(2);
            }
        foreach (var (organization, figures) in progress)
            Assert.Equal(recount.GetValueOrDefault(organization, new int[12]), figures.Months);
        Assert.All(recount.Keys, o => Assert.True(progress.ContainsKey(o), $"organization {o} has notes but no progress row"));
    }
}
