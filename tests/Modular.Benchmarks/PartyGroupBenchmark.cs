using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The county government party group's office dashboard (活动进度, <c>GET /api/j/{code}/party-group-study/progress</c>,
/// ProgressService.OfficeAsync: every member's steps by stage and the group's own) at the document's scale: one party group
/// of <c>--members=10</c> (seed 004's county government; <c>--members=30</c> as a stress size) and its whole 2009 campaign
/// across the three stages (<see cref="PartyGroupYear"/>: each item's records with a mix of done, late and missing), loaded
/// set-based straight into the tables. Through the real host and plugin over HTTP, median of <c>--runs=5</c>, against the
/// best hand-written SQL for the same figures (<see cref="PartyGroupTwins"/>, one statement) in the same run, checked equal
/// first; then issue 20's read-API rule under load (<c>--workers=8</c>, <c>--seconds=10</c>) twice: against the SQL alone,
/// and — because the answer is a few kilobytes and the HTTP pipeline is much of a request's cost — against the same SQL
/// served as an endpoint in the same host (<c>/api/j/{code}/bench-raw/party-group-progress</c>: the same middleware,
/// authentication and jurisdiction routing, the twin's rows folded and written with a <see cref="Utf8JsonWriter"/>, as
/// ReadApiBenchmark's raw twins), whose answer is checked equal to the page's too. Targets: under 300 ms and within 2× of
/// the SQL at the median; at least 70% of the HTTP twin's requests per second.
/// </summary>
public static class PartyGroupBenchmark
{
    private const string Plugin = PartyGroupYear.Plugin, Code = "county-gov-bench", ParentCode = "xx-county-bench", Password = "bench-password-2009";

    public static async Task RunAsync(string[] args)
    {
        var members = Option(args, "members", 10);
        var runs = Option(args, "runs", 5);
        // A few hundred rows load in a second or two: no --keep.
        var directory = ClusterDirectory("partygroup", false, members, 1);
        var total = Stopwatch.StartNew();
        await using var bench = await BenchmarkHost.StartAsync(directory, false, beforeStart: MapTwin);
        var (app, database) = (bench.App, bench.Database);
        Raw = database;
        Console.WriteLine($"party-group benchmark: {members} members of the county government party group, the 2009 campaign's records (host up in {total.Elapsed.TotalSeconds:0.0} s)");

        var load = Stopwatch.StartNew();
        // The county the group's reports go up to (上报), then the group's jurisdiction under it, the plugin on with the document's dates.
        var county = await CreateJurisdictionAsync(app, ParentCode, "XX县", $"{ParentCode}-admin", Password, officeName: "县委学习实践活动领导小组办公室");
        var jurisdiction = await CreateJurisdictionAsync(app, Code, "XX县人民政府党组", $"{Code}-admin", Password, officeName: "县政府办公室");
        await ExecuteAsync(database, $"update jurisdictions.jurisdictions set parent_id = {county} where id = {jurisdiction}");
        await SwitchPluginOnAsync(app, jurisdiction, Plugin, []);
        Jurisdiction = jurisdiction;
        await PartyGroupYear.LoadAsync(database, jurisdiction, county, members, await TimeZoneOfAsync(database, jurisdiction));
        Console.WriteLine($"loaded in {load.Elapsed.TotalSeconds:0.0} s: " +
                          $"{await ScalarAsync(database, $"select count(*) from blocks.counted_texts where jurisdiction_id = {jurisdiction}"):N0} counted texts, " +
                          $"{await ScalarAsync(database, $"select count(*) from schedules.attendance where jurisdiction_id = {jurisdiction}"):N0} attendances, " +
                          $"{await ScalarAsync(database, $"select count(*) from blocks.document_versions where jurisdiction_id = {jurisdiction}"):N0} document versions " +
                          $"({await ScalarAsync(database, $"select coalesce(sum(length(body)), 0) from blocks.document_versions where jurisdiction_id = {jurisdiction}") / 1024:N0} KB), " +
                          $"{await ScalarAsync(database, $"select count(*) from party_group_study.heart_talks where jurisdiction_id = {jurisdiction}"):N0} talks, " +
                          $"{await ScalarAsync(database, $"select count(*) from blocks.rectifications where jurisdiction_id = {jurisdiction}"):N0} rectification items");

        using var office = await SignInAsync(app, $"{Code}-admin", Password);
        var api = $"/api/j/{Code}/{Plugin}";
        if (await SoakAsync(args, office, api)) return;
        var prefix = $"party group {members} members";
        var (oursUrl, rawUrl) = ($"{api}/progress", $"/api/j/{Code}/bench-raw/party-group-progress");

        var (pageTime, page) = await TimeGetAsync(office, oursUrl, runs);
        PartyGroupTwins.Progress twin = default!;
        var twinTime = await MedianAsync(runs, async () => twin = await PartyGroupTwins.ProgressAsync(database, jurisdiction));
        SameProgress("progress against the SQL", page, JsonSerializer.Deserialize<JsonElement>(Write(twin)));
        SameProgress("progress against the HTTP twin", page, await GetJsonAsync(office, rawUrl));
        var steps = twin.Members.Sum(m => m.Steps.Count) + twin.Group.Count;
        var states = twin.Members.SelectMany(m => m.Stages).ToList();
        ReportAgainstSql(prefix, "office progress, every member by stage", pageTime, twinTime,
            $"{twin.Members.Count} members, {steps} steps; stage lines done/total {states.Sum(s => s.Done)}/{states.Sum(s => s.Total)}, " +
            $"{states.Sum(s => s.Missing)} missed");
        // Issue 20's read-API rule: against the SQL alone (no HTTP, no JSON), then against the same SQL served over HTTP by this host.
        await CompareUnderLoadAsync(args, $"{prefix}: office progress", () => GetOkAsync(office, oursUrl),
            "hand-written SQL", () => PartyGroupTwins.ProgressAsync(database, jurisdiction));
        await CompareUnderLoadAsync(args, $"{prefix}: office progress over HTTP", () => GetOkAsync(office, oursUrl),
            "raw Npgsql twin over HTTP", () => GetOkAsync(office, rawUrl));
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
    }


    // Set once the data is loaded; the twin is mapped before the host starts.
    private static NpgsqlDataSource Raw = null!;
    private static int Jurisdiction;

    // ---- the HTTP twin ------------------------------------------------------------------------------------------------------

    private static void MapTwin(WebApplication app) =>
        app.MapGroup("/api/j/{jurisdiction}/bench-raw").RequireAuthorization().MapGet("/party-group-progress", async (HttpContext http) =>
        {
            var progress = await PartyGroupTwins.ProgressAsync(Raw, Jurisdiction, http.RequestAborted);
            http.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
            WriteProgress(json, progress);
            await json.FlushAsync(http.RequestAborted);
        });

    /// <summary>The twin's progress as JSON bytes (the HTTP twin's answer), to check it against the page's.</summary>
    private static byte[] Write(PartyGroupTwins.Progress progress)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream)) WriteProgress(json, progress);
        return stream.ToArray();
    }

    /// <summary>
    /// The page's figures under the page's names: today; each member with their three stage lines (done, total, worst
    /// state, the missed and open steps by type) and their steps; the group's steps.
    /// </summary>
    private static void WriteProgress(Utf8JsonWriter json, PartyGroupTwins.Progress progress)
    {
        json.WriteStartObject();
        json.WriteString("today", Day(progress.Today));
        json.WriteStartArray("members");
        foreach (var member in progress.Members)
        {
            json.WriteStartObject();
            json.WriteNumber("personId", member.PersonId);
            json.WriteString("name", member.Name);
            json.WriteStartArray("stages");
            foreach (var stage in member.Stages)
            {
                json.WriteStartObject();
                json.WriteNumber("stage", stage.Stage);
                json.WriteNumber("done", stage.Done);
                json.WriteNumber("total", stage.Total);
                json.WriteString("state", stage.State.ToString());
                var states = member.Steps.Where(s => s.Stage == stage.Stage).Select(s => (s.TypeKey, State: Modular.Sdk.Scheduling.DueStates.Of(s.Due, s.DoneOn, progress.Today))).ToList();
                json.WriteStartArray("missing");
                foreach (var s in states.Where(s => s.State == Modular.Sdk.Scheduling.DueState.Missed)) json.WriteStringValue(s.TypeKey);
                json.WriteEndArray();
                json.WriteStartArray("open");
                foreach (var s in states.Where(s => s.State == Modular.Sdk.Scheduling.DueState.Pending)) json.WriteStringValue(s.TypeKey);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteSteps(json, "steps", member.Steps, progress.Today);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteSteps(json, "group", progress.Group, progress.Today);
        json.WriteEndObject();
    }

    private static void WriteSteps(Utf8JsonWriter json, string name, IEnumerable<PartyGroupTwins.Step> steps, DateOnly today)
    {
        json.WriteStartArray(name);
        foreach (var s in steps.OrderBy(s => s.Due).ThenBy(s => s.Stage))
        {
            json.WriteStartObject();
            json.WriteString("typeKey", s.TypeKey);
            json.WriteNumber("stage", s.Stage);
            if (s.PersonId is { } person) json.WriteNumber("personId", person); else json.WriteNull("personId");
            json.WriteString("due", Day(s.Due));
            if (s.DoneOn is { } done) json.WriteString("doneOn", Day(done)); else json.WriteNull("doneOn");
            json.WriteString("state", Modular.Sdk.Scheduling.DueStates.Of(s.Due, s.DoneOn, today).ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- checks -------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// The page and a twin say the same: the same today; the same steps (type, stage, person, due day, day done, state) as a
    /// multiset, members' and group's; the same members, each stage line with the same done, total, state and as many
    /// missed and open steps (the page names them, the twin gives their types).
    /// </summary>
    private static void SameProgress(string what, JsonElement page, JsonElement twin)
    {
        Same($"{what}: today", page.GetProperty("today").GetString()!, twin.GetProperty("today").GetString()!);
        var (ourSteps, twinSteps) = (StepKeys(page), StepKeys(twin));
        Same($"{what}: steps", ourSteps.Count, twinSteps.Count);
        foreach (var (ours, sql) in ourSteps.Zip(twinSteps))
            Same($"{what}: a step (type|stage|person|due|done|state)", ours, sql);
        var twinMembers = twin.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("personId").GetInt64());
        Same($"{what}: members", page.GetProperty("members").GetArrayLength(), twinMembers.Count);
        foreach (var member in page.GetProperty("members").EnumerateArray())
        {
            var id = member.GetProperty("personId").GetInt64();
            var who = $"{what}: {member.GetProperty("name").GetString()} (#{id})";
            var other = twinMembers.TryGetValue(id, out var found) ? found : throw new InvalidOperationException($"{who}: the SQL has no such member.");
            var (ourStages, twinStages) = (member.GetProperty("stages").EnumerateArray().ToList(), other.GetProperty("stages").EnumerateArray().ToList());
            Same($"{who}: stages", ourStages.Count, twinStages.Count);
            foreach (var (ours, sql) in ourStages.Zip(twinStages))
            {
                var stage = $"{who}, stage {ours.GetProperty("stage").GetInt32()}";
                Same($"{stage}: stage", ours.GetProperty("stage").GetInt32(), sql.GetProperty("stage").GetInt32());
                Same($"{stage}: done", ours.GetProperty("done").GetInt32(), sql.GetProperty("done").GetInt32());
                Same($"{stage}: total", ours.GetProperty("total").GetInt32(), sql.GetProperty("total").GetInt32());
                Same($"{stage}: state", ours.GetProperty("state").GetString()!, sql.GetProperty("state").GetString()!);
                Same($"{stage}: missed", ours.GetProperty("missing").GetArrayLength(), sql.GetProperty("missing").GetArrayLength());
                Same($"{stage}: open", ours.GetProperty("open").GetArrayLength(), sql.GetProperty("open").GetArrayLength());
            }
        }
    }

    /// <summary>Every step of an answer, members' and group's, as sortable keys.</summary>
    private static List<string> StepKeys(JsonElement progress) =>
        [.. progress.GetProperty("members").EnumerateArray().SelectMany(m => m.GetProperty("steps").EnumerateArray())
            .Concat(progress.GetProperty("group").EnumerateArray())
            .Select(s => string.Join('|', s.GetProperty("typeKey").GetString(), s.GetProperty("stage").GetInt32(), s.GetProperty("personId").ToString(),
                s.GetProperty("due").GetString(), s.GetProperty("doneOn").ToString(), s.GetProperty("state").GetString()))
            .Order(StringComparer.Ordinal)];
}
