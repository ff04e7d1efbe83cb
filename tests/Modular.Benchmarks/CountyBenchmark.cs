using System.Diagnostics;
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
/// The county five-activity contest at size: <c>--members=50000</c> in <c>--branches=1000</c> under up to 20 townships, with a
/// year of the plugin's records on the document's dates (<see cref="CountyYear"/>: stage 1's meetings, plans and study; stage
/// 2's party-spirit reports before 七一, dedication, services, badges, demonstration units and nominations; stage 3's four
/// finds, two grading rounds, five-models assessments and typical models; stage 4's showcase; each with its mix of done, late
/// and missing), loaded set-based straight into the tables. Through the real host and plugin over HTTP, median of
/// <c>--runs=5</c>: the pages the county office waits on that sum the whole county — the dashboard (by township and sector),
/// the county's summary figures, the party-spirit sheet, the four-finds sheet, the three shares per sector and round and the
/// five-goods share — each against the best hand-written SQL for its figures (<see cref="CountyTwins"/>) in the same run.
/// Targets (issue 20): under 300 ms at the median and within 2× of the SQL. <c>--keep</c> keeps the loaded cluster (named by
/// its size, under /tmp) for the next run.
/// </summary>
public static class CountyBenchmark
{
    private const string Plugin = CountyYear.Plugin, Code = "xx-county-bench", Password = "bench-password-2010";

    public static async Task RunAsync(string[] args)
    {
        var members = Option(args, "members", 50_000);
        var branchCount = Option(args, "branches", 1_000);
        var runs = Option(args, "runs", 5);
        var keep = args.Contains("--keep");
        var towns = Math.Clamp(branchCount / 10, 1, 20);
        var directory = ClusterDirectory("county", keep, members, branchCount);
        var total = Stopwatch.StartNew();
        await using var bench = await BenchmarkHost.StartAsync(directory, keep);
        var (app, database) = (bench.App, bench.Database);
        Console.WriteLine($"county benchmark: {members:N0} members in {branchCount} branches under {towns} townships, the campaign's records 2010-05..2012-10 (host up in {total.Elapsed.TotalSeconds:0.0} s)");

        var (jurisdiction, _) = await LoadOnceAsync(database, keep, directory, async () =>
        {
            var county = await SetUpCountyAsync(app);
            await CountyYear.LoadAsync(database, county, members, branchCount, towns, await TimeZoneOfAsync(database, county));
            return county;
        });
        Console.WriteLine($"{await ScalarAsync(database, "select count(*) from county_five.service_records"):N0} services, " +
                          $"{await ScalarAsync(database, "select count(*) from blocks.counted_texts"):N0} party-spirit reports, " +
                          $"{await ScalarAsync(database, "select count(*) from county_five.five_models_assessments"):N0} five-models assessments, " +
                          $"{await ScalarAsync(database, "select count(*) from schedules.attendance"):N0} study attendances " +
                          $"({await ScalarAsync(database, "select pg_database_size(current_database())") / 1024 / 1024:N0} MB in all)");

        using var office = await SignInAsync(app, $"{Code}-admin", Password);
        var api = $"/api/j/{Code}/{Plugin}";
        if (await SoakAsync(args, office, api)) return;

        // Each page against the best hand-written SQL for its figures (CountyTwins), checked equal first.
        var prefix = $"county {members:N0} members";

        var (dashboardTime, dashboard) = await TimeGetAsync(office, $"{api}/dashboard", runs);
        CountyTwins.Dashboard twin = default!;
        var dashboardTwinTime = await MedianAsync(runs, async () => twin = await CountyTwins.DashboardAsync(database, jurisdiction));
        SameFigures("dashboard, whole county", dashboard.GetProperty("total"), twin.Total);
        SameGroups("dashboard, townships", dashboard.GetProperty("byTownship"), g => g.GetProperty("organizationId").GetInt64(), twin.ByTownship);
        SameGroups("dashboard, sectors", dashboard.GetProperty("bySector"), g => g.GetProperty("name").GetString()!, twin.BySector);
        ReportAgainstSql(prefix, "office dashboard, by township and sector", dashboardTime, dashboardTwinTime,
            $"{twin.ByTownship.Count} townships, {twin.BySector.Count} sectors, {twin.Total.Services:N0} services");
        // Issue 20's read-API rule: concurrent requests against as many concurrent twins (the twins write no JSON).
        await CompareUnderLoadAsync(args, $"{prefix}: office dashboard, by township and sector", () => GetOkAsync(office, $"{api}/dashboard"),
            "hand-written SQL", () => CountyTwins.DashboardAsync(database, jurisdiction));

        var (summaryTime, summary) = await TimeGetAsync(office, $"{api}/summaries/county", runs);
        CountyTwins.Dashboard totals = default!;
        var summaryTwinTime = await MedianAsync(runs, async () => totals = await CountyTwins.DashboardAsync(database, jurisdiction, totalOnly: true));
        SameFigures("county summary", summary.GetProperty("figures"), totals.Total);
        ReportAgainstSql(prefix, "county summary with its figures", summaryTime, summaryTwinTime, $"{totals.Total.Members:N0} members");

        var (partySpiritTime, partySpirit) = await TimeGetAsync(office, $"{api}/party-spirit", runs);
        IReadOnlyList<CountyTwins.PartySpiritRow> partySpiritTwin = [];
        var partySpiritTwinTime = await MedianAsync(runs, async () => partySpiritTwin = await CountyTwins.PartySpiritAsync(database, jurisdiction));
        SameRows("party-spirit sheet", partySpirit, partySpiritTwin.ToDictionary(r => r.OrganizationId, r => (object)r));
        ReportAgainstSql(prefix, "party-spirit sheet, every organization", partySpiritTime, partySpiritTwinTime,
            $"{partySpiritTwin.Sum(r => r.ReportsOnTime):N0} on time, {partySpiritTwin.Sum(r => r.ReportsLate):N0} late, {partySpiritTwin.Sum(r => r.Missing):N0} missing");

        var (fourFindsTime, fourFinds) = await TimeGetAsync(office, $"{api}/four-finds", runs);
        IReadOnlyList<CountyTwins.FourFindsRow> fourFindsTwin = [];
        var fourFindsTwinTime = await MedianAsync(runs, async () => fourFindsTwin = await CountyTwins.FourFindsAsync(database, jurisdiction));
        SameRows("four-finds sheet", fourFinds, fourFindsTwin.ToDictionary(r => r.OrganizationId, r => (object)r));
        ReportAgainstSql(prefix, "four-finds sheet, every organization", fourFindsTime, fourFindsTwinTime, $"{fourFindsTwin.Sum(r => r.MembersDone):N0} members done");

        var (sharesTime, shares) = await TimeGetAsync(office, $"{api}/shares", runs);
        IReadOnlyList<CountyTwins.ShareRow> sharesTwin = [];
        var sharesTwinTime = await MedianAsync(runs, async () => sharesTwin = await CountyTwins.SharesAsync(database, jurisdiction));
        SameShares(shares, sharesTwin);
        ReportAgainstSql(prefix, "shares per sector and round (grading)", sharesTime, sharesTwinTime, $"{sharesTwin.Sum(r => r.FiveModels):N0} five-models assessments");

        var (fiveGoodsTime, fiveGoods) = await TimeGetAsync(office, $"{api}/scores/five-goods-share", runs);
        IReadOnlyDictionary<(string Sector, string Round), CountyTwins.ShareCell> fiveGoodsTwin = default!;
        var fiveGoodsTwinTime = await MedianAsync(runs, async () => fiveGoodsTwin = await CountyTwins.FiveGoodsShareAsync(database, jurisdiction));
        var cells = fiveGoods.EnumerateArray().SelectMany(s => s.GetProperty("rounds").EnumerateArray().Select(c => (Sector: s.GetProperty("sectorName").GetString()!, Cell: c))).ToList();
        Same("five-goods share cells", cells.Count, fiveGoodsTwin.Count);
        foreach (var (sector, cell) in cells)
            SameFields($"five-goods share, {sector} {cell.GetProperty("round").GetString()}", cell, fiveGoodsTwin[(sector, cell.GetProperty("round").GetString()!)]);
        ReportAgainstSql(prefix, "five-goods share per sector and round", fiveGoodsTime, fiveGoodsTwinTime, $"{fiveGoodsTwin.Values.Sum(c => c.Scored):N0} scores");
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
    }

    // The county, its office and the plugin on with the document's dates (plugin.json's defaults).
    private static async Task<int> SetUpCountyAsync(WebApplication app)
    {
        var county = await CreateJurisdictionAsync(app, Code, "XX县", $"{Code}-admin", Password, officeName: "县创先争优办");
        await SwitchPluginOnAsync(app, county, Plugin, []);
        return county;
    }


    /// <summary>Every property of the twin's record equals the page's of the same (camelCase) name: numbers by value, flags, text.</summary>
    private static void SameFields(string what, JsonElement page, object twin)
    {
        foreach (var field in JsonSerializer.SerializeToElement(twin, JsonSerializerOptions.Web).EnumerateObject())
        {
            if (!page.TryGetProperty(field.Name, out var ours)) throw new InvalidOperationException($"{what}: the page has no {field.Name}.");
            var same = field.Value.ValueKind switch
            {
                JsonValueKind.Number => ours.ValueKind == JsonValueKind.Number && ours.GetDecimal() == field.Value.GetDecimal(),
                JsonValueKind.True or JsonValueKind.False => ours.ValueKind == field.Value.ValueKind,
                _ => ours.ToString() == field.Value.ToString(),
            };
            if (!same) throw new InvalidOperationException($"{what}, {field.Name}: the page says {ours}, the hand-written SQL {field.Value}.");
        }
    }

    private static void SameFigures(string what, JsonElement page, CountyTwins.Figures twin) => SameFields(what, page, twin);

    /// <summary>The same groups (keyed as <paramref name="key"/> reads a page's group) with the same figures.</summary>
    private static void SameGroups<TKey>(string what, JsonElement page, Func<JsonElement, TKey> key, IReadOnlyDictionary<TKey, CountyTwins.Figures> twin) where TKey : notnull
    {
        Same($"{what}: groups", page.GetArrayLength(), twin.Count);
        foreach (var group in page.EnumerateArray())
            SameFigures($"{what}: {group.GetProperty("name").GetString()}", group.GetProperty("figures"),
                twin.TryGetValue(key(group), out var figures) ? figures : throw new InvalidOperationException($"{what}: the SQL has no {key(group)}."));
    }

    /// <summary>The same organizations' lines, each with the same figures.</summary>
    private static void SameRows(string what, JsonElement page, IReadOnlyDictionary<long, object> twin)
    {
        Same($"{what}: lines", page.GetArrayLength(), twin.Count);
        foreach (var row in page.EnumerateArray())
        {
            var id = row.GetProperty("organizationId").GetInt64();
            SameFields($"{what}: {row.GetProperty("name").GetString()}", row, twin.TryGetValue(id, out var line) ? line : throw new InvalidOperationException($"{what}: the SQL has no line for {id}."));
        }
    }

    /// <summary>The shares page: per sector and round, each share's count and of how many.</summary>
    private static void SameShares(JsonElement page, IReadOnlyList<CountyTwins.ShareRow> twin)
    {
        var rows = twin.ToDictionary(r => (r.SectorName, r.Round));
        var seen = 0;
        foreach (var sector in page.EnumerateArray())
            foreach (var round in sector.GetProperty("rounds").EnumerateArray())
            {
                var name = (sector.GetProperty("sectorName").GetString()!, round.GetProperty("round").GetString()!);
                var what = $"shares, {name.Item1} {name.Item2}";
                var r = rows.TryGetValue(name, out var found) ? found : throw new InvalidOperationException($"{what}: the SQL has no such row.");
                Same($"{what}: five-goods organizations", round.GetProperty("fiveGoods").GetProperty("count").GetInt32(), r.FiveGoods);
                Same($"{what}: party organizations", round.GetProperty("fiveGoods").GetProperty("of").GetInt32(), r.Organizations);
                Same($"{what}: demonstration units", round.GetProperty("demonstrationUnits").GetProperty("count").GetInt32(), r.DemonstrationUnits);
                Same($"{what}: five-models members", round.GetProperty("fiveModels").GetProperty("count").GetInt32(), r.FiveModels);
                Same($"{what}: members", round.GetProperty("fiveModels").GetProperty("of").GetInt32(), r.Members);
                seen++;
            }
        Same("shares: sector rounds", seen, twin.Count);
    }
}
