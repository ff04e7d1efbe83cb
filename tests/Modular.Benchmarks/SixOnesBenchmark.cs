using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host;
using Modular.Host.Plugins;
using Modular.Identity;
using Modular.Jurisdictions;
using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The six-ones banner at size: <c>--members=50000</c> in <c>--branches=1000</c> (the defaults: the banner issue 20 sets its
/// targets for) under 10 sumu/towns, campaign.start set to
/// 01-01 so a full year of daily notes is due (95% written, 1% of those short on study hours; loaded set-based straight into
/// <c>blocks.counted_texts</c> and the plugin's <c>six_ones.note_days</c>). Through the real host and plugin over HTTP,
/// median of at least <c>--runs=5</c>: the notes item's progress for the banner, one branch's quarter inspection (sheet, close), the
/// banner's year-end result and the office dashboard (all six items rolled up per sumu/town), each against the best
/// hand-written SQL for its figures (<see cref="SixOnesTwins"/>) in the same run. Targets (issue 20): under 300 ms at the
/// median and within 2× of the SQL. <c>--keep</c> keeps the loaded cluster (named by its size, under /tmp) for the next
/// run: 50,000 members' year is 18 million notes.
/// </summary>
public static class SixOnesBenchmark
{
    private const string Plugin = "banner-six-ones", Code = "alxa-right", Password = "bench-password-2011";

    public static async Task RunAsync(string[] args)
    {
        var members = Option(args, "members", 50_000);
        var branchCount = Option(args, "branches", 1_000);
        var runs = Option(args, "runs", 5);
        var keep = args.Contains("--keep");
        const int towns = 10, year = 2011;
        const int studyHundredths = 100; // dailyNote.studyHours (the document's 1 hour), in the indexed hundredths
        var directory = ClusterDirectory("sixones", keep, members, branchCount);
        var total = Stopwatch.StartNew();
        await using var bench = await BenchmarkHost.StartAsync(directory, keep);
        var (app, database) = (bench.App, bench.Database);
        Console.WriteLine($"six-ones benchmark: {members:N0} members in {branchCount} branches under {towns} towns, daily notes {year}-01-01..{year}-12-31 (host up in {total.Elapsed.TotalSeconds:0.0} s)");

        var (jurisdiction, reused) = await LoadOnceAsync(database, keep, directory, async () =>
        {
            var banner = await SetUpBannerAsync(app);
            await LoadAsync(database, banner, members, branchCount, towns, year);
            return banner;
        });
        if (reused) await VacuumAsync(database); // a migration since may have rewritten a table: index-only scans want the visibility map
        await LoadTrainingAndContestAsync(database, jurisdiction, year);
        var (firstBranch, branchMembers) = await FirstBranchAsync(database, jurisdiction);
        Console.WriteLine($"{await ScalarAsync(database, "select count(*) from blocks.counted_texts"):N0} notes " +
                          $"({await ScalarAsync(database, "select count(*) from six_ones.note_month_counts"):N0} month counters, " +
                          $"{await ScalarAsync(database, "select pg_database_size(current_database())") / 1024 / 1024:N0} MB in all)");

        using var office = await SignInAsync(app, $"{Code}-admin", Password);
        var api = $"/api/j/{Code}/{Plugin}";
        if (await SoakAsync(args, office, api)) return;

        // Each page against the best hand-written SQL for its figures (SixOnesTwins), checked equal first.
        var prefix = $"six-ones {members:N0} members";

        var start = new DateOnly(year, 1, 1);
        foreach (var asOf in new[] { new DateOnly(year, 12, 31), new DateOnly(year, 12, 15) }) // mid-month: the month so far from the day rows
        {
            var (time, progress) = await TimeGetAsync(office, $"{api}/notes/progress?asOf={asOf:yyyy-MM-dd}", runs);
            IReadOnlyList<SixOnesTwins.OrganizationNotes> twin = [];
            var twinTime = await MedianAsync(runs, async () => twin = await SixOnesTwins.NotesPerOrganizationAsync(database, jurisdiction, start, asOf, studyHundredths));
            var done = progress.EnumerateArray().Sum(p => p.GetProperty("done").GetInt64());
            Same("notes done", done, twin.Sum(o => (long)o.Done));
            Same("member-days due", progress.EnumerateArray().Sum(p => p.GetProperty("expected").GetInt64()), twin.Sum(o => (long)o.Members * (asOf.DayNumber - start.DayNumber + 1)));
            ReportAgainstSql(prefix, $"notes progress, whole banner ({asOf:MM-dd})", time, twin.Count == 0 ? time : twinTime,
                $"{done:N0} notes, {progress.GetArrayLength()} organizations");
        }

        // One branch's Q2: open, decide every member (setup), then time the sheet and the close (reopened between runs, untimed).
        var q2 = $"{api}/notes/inspections/{firstBranch}/{year}-Q2";
        (await office.PostAsync($"{q2}/open", null)).EnsureSuccessStatusCode();
        foreach (var person in branchMembers)
            (await office.PostAsJsonAsync($"{q2}/members/{person}/accept", new { comment = "合格" })).EnsureSuccessStatusCode();
        var (sheetTime, sheet) = await TimeGetAsync(office, q2, runs);
        SixOnesTwins.MemberLineTotals sheetTwin = default!;
        var sheetTwinTime = await MedianAsync(runs, async () => sheetTwin = await SixOnesTwins.MemberLinesAsync(database, jurisdiction, new(year, 4, 1), new(year, 6, 30), studyHundredths, firstBranch));
        Same("sheet notes", sheet.GetProperty("members").EnumerateArray().Sum(m => (long)m.GetProperty("notes").GetInt32()), sheetTwin.Notes);
        ReportAgainstSql(prefix, "quarter inspection sheet, one branch", sheetTime, sheetTwinTime, $"{sheet.GetProperty("members").GetArrayLength()} members");
        var closeTimes = new List<TimeSpan>();
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            (await office.PostAsync($"{q2}/close", null)).EnsureSuccessStatusCode();
            if (i > 0) closeTimes.Add(watch.Elapsed); // the first is the warm-up
            (await office.PostAsJsonAsync($"{q2}/reopen", new { reason = "benchmark" })).EnsureSuccessStatusCode();
        }
        // A write: held to the 300 ms only; the ratio to the sheet's query is reported.
        ReportAgainstSql(prefix, "quarter inspection close, one branch", closeTimes.Order().ElementAt(closeTimes.Count / 2), sheetTwinTime, "every member decided",
            new Target(MaxMedian: PageTarget.MaxMedian));

        // The year-end list as its page opens (the whole banner by completion, lowest first, fifty lines); the ledger has every line.
        var (yearEndTime, yearEnd) = await TimeGetAsync(office, $"{api}/notes/year-end", runs);
        var daysDue = yearEnd.GetProperty("daysDue").GetInt32();
        SixOnesTwins.YearEndPage yearTwin = default!;
        var yearTwinTime = await MedianAsync(runs, async () => yearTwin = await SixOnesTwins.YearEndPageAsync(database, jurisdiction, year, daysDue, studyHundredths));
        var yearLines = yearEnd.GetProperty("lines");
        Same("year-end members", yearLines.GetProperty("total").GetInt32(), yearTwin.Total);
        Same("year-end page", string.Join(",", yearLines.GetProperty("items").EnumerateArray().Select(l => $"{l.GetProperty("personId").GetInt64()}:{l.GetProperty("notes").GetInt32()}")),
            string.Join(",", yearTwin.Lines.Select(l => $"{l.PersonId}:{l.Notes}")));
        var completion = yearEnd.GetProperty("completion");
        Same("year-end completion", $"{completion.GetProperty("complete").GetInt32()}/{completion.GetProperty("eightyOrMore").GetInt32()}/{completion.GetProperty("belowEighty").GetInt32()}",
            $"{yearTwin.Complete}/{yearTwin.EightyOrMore}/{yearTwin.BelowEighty}");
        ReportAgainstSql(prefix, "year-end list, whole banner (first page)", yearEndTime, yearTwinTime, $"{yearTwin.Total:N0} members, {yearTwin.BelowEighty:N0} below 80%");

        var (dashboardTime, dashboard) = await TimeGetAsync(office, $"{api}/dashboard/office", runs);
        SixOnesTwins.DashboardInputs inputs = default!;
        var dashboardTwinTime = await MedianAsync(runs, async () => inputs = await SixOnesTwins.DashboardAsync(database, jurisdiction, start, new(year, 12, 31), studyHundredths, year));
        Same("dashboard notes done", dashboard.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("number").GetInt32() == 3).GetProperty("done").GetInt64(),
            inputs.Notes.Sum(o => (long)o.Done));
        long Done(int item) => dashboard.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("number").GetInt32() == item).GetProperty("done").GetInt64();
        Same("dashboard members trained", Done(2), inputs.Trained);
        Same("dashboard contest takers", Done(6), inputs.ContestTakers);
        ReportAgainstSql(prefix, "office dashboard, all six per town", dashboardTime, dashboardTwinTime, $"{dashboard.GetProperty("units").GetArrayLength():N0} towns");
        // Issue 20's read-API rule: concurrent requests against as many concurrent twins (the twins write no JSON).
        await CompareUnderLoadAsync(args, $"{prefix}: office dashboard, all six per town", () => GetOkAsync(office, $"{api}/dashboard/office"),
            "hand-written SQL", () => SixOnesTwins.DashboardAsync(database, jurisdiction, start, new(year, 12, 31), studyHundredths, year));
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
    }

    // The banner, its office and the plugin on with the year made full (campaign.start 01-01).
    private static async Task<int> SetUpBannerAsync(WebApplication app)
    {
        var banner = await CreateJurisdictionAsync(app, Code, "阿拉善右旗", $"{Code}-admin", Password, officeName: "旗创先争优办");
        await SwitchPluginOnAsync(app, banner, Plugin, new Dictionary<string, string?> { ["campaign.start"] = "01-01" });
        return banner;
    }

    // Organizations, members and a year of notes, set-based. 95% of member-days have a note, 1% of them short on study hours (deterministic).
    private static async Task LoadAsync(NpgsqlDataSource database, int j, int members, int branches, int towns, int year)
    {
        await OrganizationTreeAsync(database, j, "阿右旗委", towns, branches);
        await ExecuteAsync(database, $"""
            insert into roster.people (jurisdiction_id, organization_id, name, gender, ethnicity, category)
            select {j}, (select id from roster.organizations where jurisdiction_id = {j} and code = 'b' || (1 + (m - 1) % {branches})),
                   '党员' || m, case when m % 2 = 0 then '男' else '女' end, '蒙古族', case when m % 20 = 0 then 'Probationary' else 'Full' end
              from generate_series(1, {members}) m
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, body, character_count, hours, state, reviewed_one_by_one, submitted_at)
            select {j}, '{Plugin}', 'daily-note', p.id, d, to_char(d, 'YYYY') || '-Q' || extract(quarter from d),
                   repeat('学习党的理论知识，', 33) || p.id || '-' || d, 300,
                   case when (p.id * 31 + (d - date '{year}-01-01') * 17) % 100 = 0 then 0.5 else 1 end, 'Submitted', false, d + time '21:00'
              from roster.people p
             cross join generate_series(date '{year}-01-01', date '{year}-12-31', interval '1 day') g(day)
             cross join lateral (select g.day::date as d) dd
             where p.jurisdiction_id = {j} and (p.id * 7919 + (d - date '{year}-01-01') * 104729) % 20 <> 0
            """);
        // Where each member's notes are counted (migration 1700), then the plugin's day rows from the texts, in one statement
        // (its triggers fill the member and organization counters once).
        await ExecuteAsync(database, $"""
            insert into six_ones.note_members (jurisdiction_id, person_id, organization_id)
            select jurisdiction_id, id, organization_id from roster.people where jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into six_ones.note_days (jurisdiction_id, person_id, day, text_id, hours, characters, submitted_at)
            select jurisdiction_id, author_person_id, period_date, id, hours, character_count, submitted_at
              from blocks.counted_texts where jurisdiction_id = {j} and plugin_id = '{Plugin}' and kind = 'daily-note'
            """);
        await VacuumAsync(database);
    }

    // Item 2 and item 6 at size, once per cluster: each town holds a training session on the 15th of January to November and
    // 90% of members attend their town's session of month 1 + id % 11; one contest on 06-30 (00:00–24:00 Beijing time),
    // started by 80% of members through the day.
    private static async Task LoadTrainingAndContestAsync(NpgsqlDataSource database, int j, int year)
    {
        if (await ScalarAsync(database, $"select count(*) from schedules.events where jurisdiction_id = {j} and source = 'six-ones.training'") > 0) return;
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source)
            select {j}, '第' || m || '期党员轮训', 'training', t.id, make_timestamptz({year}, m, 15, 9, 0, 0, 'Asia/Shanghai'), 8, make_date({year}, m, 15), 'six-ones.training'
              from roster.organizations t cross join generate_series(1, 11) m
             where t.jurisdiction_id = {j} and t.code like 't%'
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended)
            select {j}, e.id, p.id, 8, true
              from roster.people p
              join roster.organizations b on b.jurisdiction_id = p.jurisdiction_id and b.id = p.organization_id
              join schedules.events e on e.jurisdiction_id = p.jurisdiction_id and e.source = 'six-ones.training'
                                     and e.organization_id = b.parent_id and e.held_on = make_date({year}, 1 + (p.id % 11)::int, 15)
             where p.jurisdiction_id = {j} and p.id % 10 <> 0
            """);
        var contest = await ScalarAsync(database, $"""
            insert into six_ones.contest_contests (jurisdiction_id, title, date, opens_at, closes_at, minutes, published_at, created_at)
            values ({j}, '党的知识竞赛', make_date({year}, 6, 30), make_timestamptz({year}, 6, 30, 0, 0, 0, 'Asia/Shanghai'),
                    make_timestamptz({year}, 7, 1, 0, 0, 0, 'Asia/Shanghai'), 60, make_timestamptz({year}, 6, 20, 9, 0, 0, 'Asia/Shanghai'),
                    make_timestamptz({year}, 6, 20, 9, 0, 0, 'Asia/Shanghai'))
            returning id
            """);
        await ExecuteAsync(database, $"""
            insert into six_ones.contest_attempts (jurisdiction_id, contest_id, person_id, organization_id, started_at, deadline_at, submitted_at, answers, score)
            select {j}, {contest}, p.id, p.organization_id, s.at, s.at + interval '60 minutes', s.at + interval '30 minutes', chr(123) || chr(125), (p.id % 100)::int
              from roster.people p cross join lateral (select make_timestamptz({year}, 6, 30, 0, 0, 0, 'Asia/Shanghai') + (p.id % 1380) * interval '1 minute' as at) s
             where p.jurisdiction_id = {j} and p.id % 5 <> 0
            """);
        await VacuumAnalyzeAsync(database, ["schedules.events", "schedules.attendance", "six_ones.contest_attempts"]);
    }

    private static async Task VacuumAsync(NpgsqlDataSource database)
    {
        await VacuumAnalyzeAsync(database, ["blocks.counted_texts", "six_ones.note_days", "six_ones.note_month_counts", "six_ones.note_members",
                     "six_ones.note_organization_days", "six_ones.note_organization_months", "six_ones.note_member_years", "roster.people", "roster.organizations"]);
    }

    // The first branch and its members: the inspection's sheet and close.
    private static async Task<(long FirstBranch, List<long> Members)> FirstBranchAsync(NpgsqlDataSource database, int j)
    {
        var firstBranch = await ScalarAsync(database, $"select id from roster.organizations where jurisdiction_id = {j} and code = 'b1'");
        var list = new List<long>();
        await using (var command = database.CreateCommand($"select id from roster.people where jurisdiction_id = {j} and organization_id = {firstBranch}"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) list.Add(reader.GetInt64(0));
        return (firstBranch, list);
    }
}
