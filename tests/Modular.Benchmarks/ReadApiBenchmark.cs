using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Organizations;
using Modular.Schedules;
using Modular.Sdk.Core;
using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// Read-API throughput against raw twins (issue 20: every read API ≥ 70% of its raw twin). A county-scale jurisdiction —
/// <c>--members=3000</c> in <c>--branches=100</c> under 10 towns, and a year (2011) of one daily obligation per member
/// (≈1.1M rows, with their day counters) — loaded set-based into the real host started in-process (embedded PostgreSQL,
/// plugins loaded). Each read API is hammered over HTTP by <c>--workers=8</c> concurrent requests sharing one signed-in
/// client for <c>--seconds=5</c> after a 1 s warm-up, counting 200s (anything else stops the benchmark); so is its raw
/// twin, an endpoint mapped in the same WebApplication under <c>/api/j/{code}/bench-raw/…</c> (the same middleware,
/// authentication and jurisdiction routing) that runs hand-written SQL through a plain <see cref="NpgsqlDataSource"/>
/// and writes the same JSON with a <see cref="Utf8JsonWriter"/>. Before timing, each pair's answers are compared.
/// The table takes times, so each rate is stated as the time per request (1 / req/s): ours/twin ≤ 1/0.7 ≈ 1.43 is
/// "ours ≥ 70% of the twin's requests per second".
/// </summary>
public static class ReadApiBenchmark
{
    private const string Code = "alxa-left", Password = "bench-password-2011";
    private const int Year = 2011;

    public static async Task RunAsync(string[] args)
    {
        var members = Option(args, "members", 3_000);
        var branches = Option(args, "branches", 100);
        var workers = Option(args, "workers", 8);
        var seconds = Option(args, "seconds", 5);
        const int towns = 10;
        var directory = Path.Combine(Path.GetTempPath(), $"modular-bench-{Environment.ProcessId}");
        var total = Stopwatch.StartNew();
        await using var bench = await BenchmarkHost.StartAsync(directory, false, beforeStart: MapTwins);
        var (app, database) = (bench.App, bench.Database);
        Raw = database;
        Console.WriteLine($"read-API benchmark: {members:N0} members in {branches} branches under {towns} towns, {workers} workers × {seconds} s per API, " +
                          $"{Environment.ProcessorCount} cores (host up in {total.Elapsed.TotalSeconds:0.0} s)");

        var jurisdiction = await CreateJurisdictionAsync(app, Code, "阿拉善左旗", $"{Code}-admin", Password);
        Jurisdiction = jurisdiction;
        var load = Stopwatch.StartNew();
        Root = await LoadCountyAsync(database, jurisdiction, "阿左旗委", members, branches, towns, new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        await AnalyzeAsync(database);
        Console.WriteLine($"loaded {await ScalarAsync(database, $"select count(*) from roster.people where jurisdiction_id = {jurisdiction}"):N0} people, " +
                          $"{await ScalarAsync(database, $"select count(*) from roster.organizations where jurisdiction_id = {jurisdiction}"):N0} organizations, " +
                          $"{await ScalarAsync(database, $"select count(*) from schedules.obligations where jurisdiction_id = {jurisdiction}"):N0} obligations in {load.Elapsed.TotalSeconds:0.0} s");

        using var client = await SignInAsync(app, $"{Code}-admin", Password);
        var api = $"/api/j/{Code}";
        if (await SoakAsync([.. args.Select(a => a.Replace("{root}", $"{Root}"))], client, api)) return; // --soak=/compliance?organization={root}&…
        var raw = $"{api}/bench-raw";
        var pairs = new (string Label, string Ours, string Twin)[]
        {
            ("people list, first 500 (by organization)", $"{api}/people?pageSize=500", $"{raw}/people?pageSize=500"),
            ("organization tree (all nodes)", $"{api}/organizations?pageSize=500", $"{raw}/organizations?pageSize=500"),
            ("compliance rollup, county root, a year", $"{api}/compliance?organization={Root}&from={Year}-01-01&to={Year}-12-31",
                $"{raw}/compliance?organization={Root}&from={Year}-01-01&to={Year}-12-31"),
        };
        foreach (var (label, ours, twin) in pairs)
        {
            var (oursJson, twinJson) = (await GetJsonAsync(client, ours), await GetJsonAsync(client, twin));
            var oursNode = Comparable(JsonNode.Parse(oursJson));
            var twinNode = Comparable(JsonNode.Parse(twinJson));
            if (!JsonNode.DeepEquals(oursNode, twinNode))
                throw new InvalidOperationException($"{label}: the twin's answer differs from ours.\nours: {Cut(oursJson)}\ntwin: {Cut(twinJson)}");
            var (oursRate, twinRate) = await PairedRatesAsync(workers, TimeSpan.FromSeconds(seconds), () => GetOkAsync(client, ours), () => GetOkAsync(client, twin));
            ReportRates($"read API {members:N0} members: {label}", "raw Npgsql twin", oursRate, twinRate, workers, $"{oursJson.Length / 1024.0:0.0} KB");
        }
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>What must match between ours and the twin: the whole answer, as parsed JSON.</summary>
    private static JsonNode? Comparable(JsonNode? node) => node;

    // Set once the data is loaded; the twins are mapped before the host starts.
    private static NpgsqlDataSource Raw = null!;
    private static int Jurisdiction;
    private static long Root;

    // ---- the raw twins ------------------------------------------------------------------------------------------------------

    private static void MapTwins(WebApplication app)
    {
        var raw = app.MapGroup("/api/j/{jurisdiction}/bench-raw").RequireAuthorization();
        raw.MapGet("/people", PeopleAsync);
        raw.MapGet("/organizations", OrganizationsAsync);
        raw.MapGet("/compliance", ComplianceAsync);
    }

    private static Utf8JsonWriter Json(HttpContext http)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return new Utf8JsonWriter(http.Response.BodyWriter);
    }

    private static void Date(Utf8JsonWriter json, string name, NpgsqlDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) json.WriteNull(name);
        else json.WriteString(name, reader.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Text(Utf8JsonWriter json, string name, NpgsqlDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) json.WriteNull(name);
        else json.WriteString(name, reader.GetString(ordinal));
    }

    /// <summary>The people list's first page (by organization, name, id) with the total: one query, count(*) over ().</summary>
    private static async Task PeopleAsync(HttpContext http, int? pageSize)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        await using var command = Raw.CreateCommand("""
            select p.id, p.name, p.gender, p.ethnicity, p.birth_date, p.native_place, p.education, p.category, p.joined_on, p.full_member_on,
                   p.post, p.work_started_on, p.phone, p.id_number, p.standing, p.lost_contact, p.is_outgoing, p.whereabouts, p.is_leading_cadre,
                   p.organization_id, o.name, o.code, p.version, p.employment, count(*) over ()
              from roster.people p join roster.organizations o on o.jurisdiction_id = p.jurisdiction_id and o.id = p.organization_id
             where p.jurisdiction_id = $1
             order by p.organization_id, p.name, p.id
             limit $2
            """);
        command.Parameters.Add(new() { Value = Jurisdiction });
        command.Parameters.Add(new() { Value = size });
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await using var json = Json(http);
        json.WriteStartObject();
        json.WriteStartArray("items");
        long total = 0;
        while (await reader.ReadAsync(http.RequestAborted))
        {
            total = reader.GetInt64(24);
            json.WriteStartObject();
            json.WriteNumber("id", reader.GetInt64(0));
            json.WriteString("name", reader.GetString(1));
            Text(json, "gender", reader, 2);
            Text(json, "ethnicity", reader, 3);
            Date(json, "birthDate", reader, 4);
            Text(json, "nativePlace", reader, 5);
            Text(json, "education", reader, 6);
            var category = reader.GetString(7);
            json.WriteString("category", category);
            json.WriteString("categoryLabel", Labels.Of(Labels.Categories, Enum.Parse<MemberCategory>(category)));
            Date(json, "joinedOn", reader, 8);
            Date(json, "fullMemberOn", reader, 9);
            Text(json, "post", reader, 10);
            Date(json, "workStartedOn", reader, 11);
            Text(json, "phone", reader, 12); // the office sees them unmasked
            Text(json, "idNumber", reader, 13);
            json.WriteBoolean("masked", false);
            var standing = reader.GetString(14);
            json.WriteString("standing", standing);
            json.WriteString("standingLabel", Labels.Of(Labels.Standings, Enum.Parse<PartyStanding>(standing)));
            json.WriteBoolean("lostContact", reader.GetBoolean(15));
            json.WriteBoolean("isOutgoing", reader.GetBoolean(16));
            Text(json, "whereabouts", reader, 17);
            json.WriteBoolean("isLeadingCadre", reader.GetBoolean(18));
            json.WriteNumber("organizationId", reader.GetInt64(19));
            json.WriteString("organizationName", reader.GetString(20));
            json.WriteString("organizationCode", reader.GetString(21));
            json.WriteNumber("version", reader.GetInt32(22));
            var employment = reader.GetString(23);
            json.WriteString("employment", employment);
            json.WriteString("employmentLabel", Labels.Of(Labels.Employments, Enum.Parse<EmploymentStatus>(employment)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Page(json, total, size);
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static void Page(Utf8JsonWriter json, long total, int size)
    {
        json.WriteNumber("total", total);
        json.WriteNumber("page", 1);
        json.WriteNumber("pageSize", size);
        json.WriteNumber("pageCount", (total + size - 1) / size);
        json.WriteBoolean("hasNextPage", total > size);
    }

    /// <summary>
    /// The tree in display order (depth first, children by code) with each node's own and subtree member counts: one
    /// recursive query over the organizations and a count of the people per organization.
    /// </summary>
    private static async Task OrganizationsAsync(HttpContext http, int? pageSize)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        await using var command = Raw.CreateCommand("""
            with recursive own as (
                select organization_id, count(*)::int as n from roster.people where jurisdiction_id = $1 group by organization_id
            ), tree as (
                select o.id, o.parent_id, o.code, o.name, o.kind, o.sector, o.established_on, o.contact, o.version, o.pending_secretary_name,
                       0 as depth, array[o.code::text collate "C"] as path, array[o.id] as line
                  from roster.organizations o where o.jurisdiction_id = $1 and o.parent_id is null
                union all
                select o.id, o.parent_id, o.code, o.name, o.kind, o.sector, o.established_on, o.contact, o.version, o.pending_secretary_name,
                       t.depth + 1, t.path || (o.code::text collate "C"), t.line || o.id
                  from roster.organizations o join tree t on o.parent_id = t.id where o.jurisdiction_id = $1
            ), subtree as (
                select a.id, sum(coalesce(own.n, 0))::int as n -- each node's members counted once for every node on its line from the root
                  from tree d cross join unnest(d.line) as a(id) left join own on own.organization_id = d.id
                 group by a.id
            )
            select t.id, t.parent_id, t.code, t.name, t.kind, t.sector, t.established_on, t.contact, t.depth,
                   coalesce(own.n, 0), s.n, t.version, t.pending_secretary_name, count(*) over ()
              from tree t join subtree s on s.id = t.id left join own on own.organization_id = t.id
             order by t.path
             limit $2
            """);
        command.Parameters.Add(new() { Value = Jurisdiction });
        command.Parameters.Add(new() { Value = size });
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await using var json = Json(http);
        json.WriteStartObject();
        json.WriteStartArray("items");
        long total = 0;
        while (await reader.ReadAsync(http.RequestAborted))
        {
            total = reader.GetInt64(13);
            json.WriteStartObject();
            json.WriteNumber("id", reader.GetInt64(0));
            if (reader.IsDBNull(1)) json.WriteNull("parentId"); else json.WriteNumber("parentId", reader.GetInt64(1));
            json.WriteString("code", reader.GetString(2));
            json.WriteString("name", reader.GetString(3));
            var kind = reader.GetString(4);
            json.WriteString("kind", kind);
            json.WriteString("kindLabel", Labels.Of(Labels.Kinds, Enum.Parse<OrganizationKind>(kind)));
            if (reader.IsDBNull(5)) { json.WriteNull("sector"); json.WriteNull("sectorLabel"); }
            else
            {
                var sector = reader.GetString(5);
                json.WriteString("sector", sector);
                json.WriteString("sectorLabel", Labels.Of(Labels.Sectors, Enum.Parse<Sector>(sector)));
            }
            Date(json, "establishedOn", reader, 6);
            Text(json, "contact", reader, 7);
            json.WriteNumber("depth", reader.GetInt32(8));
            json.WriteNumber("ownMembers", reader.GetInt32(9));
            json.WriteNumber("subtreeMembers", reader.GetInt32(10));
            json.WriteNumber("version", reader.GetInt32(11));
            Text(json, "pendingSecretaryName", reader, 12);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Page(json, total, size);
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    /// <summary>The compliance rollup of a subtree over a range: the product's own aggregate (<see cref="ComplianceRollup.Sql"/>) over the stored closure.</summary>
    private static async Task ComplianceAsync(HttpContext http, long organization, DateOnly from, DateOnly to)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai")); // the jurisdiction's day, as the store's Today
        await using var command = Raw.CreateCommand(ComplianceRollup.Sql);
        command.Parameters.AddWithValue("j", Jurisdiction);
        command.Parameters.AddWithValue("root", organization);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("today", today);
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await using var json = Json(http);
        json.WriteStartObject();
        json.WriteNumber("organization", organization);
        json.WriteNull("person");
        json.WriteString("from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("to", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("lines");
        while (await reader.ReadAsync(http.RequestAborted))
        {
            var line = new ComplianceLine(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
            json.WriteStartObject();
            json.WriteString("typeKey", line.TypeKey);
            json.WriteNumber("total", line.Total);
            json.WriteNumber("done", line.Done);
            json.WriteNumber("late", line.Late);
            json.WriteNumber("missed", line.Missed);
            json.WriteNumber("pending", line.Pending);
            json.WriteNumber("donePercent", line.DonePercent);
            json.WriteNumber("latePercent", line.LatePercent);
            json.WriteNumber("missedPercent", line.MissedPercent);
            json.WriteNumber("pendingPercent", line.PendingPercent);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static async Task<string> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {Cut(body)}");
        return body;
    }
}
