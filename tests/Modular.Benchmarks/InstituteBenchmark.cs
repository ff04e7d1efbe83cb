using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The research institute's branch plan (seed 002) run in every branch of an institute: <c>--branches=60 --members=1800</c>
/// (about 30 a branch, the size of an institute like CIOMP: assumed, the document is one branch's) in a flat tree, with a
/// year (2010) of the plugin's records (<see cref="InstituteYear"/>), loaded set-based; run also at <c>--branches=1
/// --members=20</c>, the document's own size. Through the real host and plugin over HTTP: the office's overview
/// (<c>GET …/dashboard</c>, what the 活动概览 page shows per branch: plans, suggestions, study, readings, party-spirit
/// education and analyses, the last evaluation round, year-end reports, notes), its figures first checked equal, branch by
/// branch, to the best hand-written SQL's (<see cref="InstituteTwins"/>), then its median against the SQL's (targets: under
/// 300 ms and within 2×) and its requests per second against the SQL's under <c>--workers=8</c> concurrent loops (at least
/// 70%). <c>--keep</c> keeps the loaded cluster (named by its size, under /tmp) for the next run.
/// </summary>
public static class InstituteBenchmark
{
    private const string Plugin = InstituteYear.Plugin, Code = "ciomp-bench", Password = "bench-password-2010";

    public static async Task RunAsync(string[] args)
    {
        var members = Option(args, "members", 1_800);
        var branchCount = Option(args, "branches", 60);
        var runs = Option(args, "runs", 5);
        var keep = args.Contains("--keep");
        var directory = ClusterDirectory("institute", keep, members, branchCount);
        var total = Stopwatch.StartNew();
        await using var bench = await BenchmarkHost.StartAsync(directory, keep);
        var (app, database) = (bench.App, bench.Database);
        Console.WriteLine($"institute benchmark: {members:N0} members in {branchCount} branches, the branch plan's year 2010 (host up in {total.Elapsed.TotalSeconds:0.0} s)");

        var (jurisdiction, _) = await LoadOnceAsync(database, keep, directory, async () =>
        {
            var institute = await CreateJurisdictionAsync(app, Code, "长春光机所", $"{Code}-admin", Password, officeName: "所机关党委办公室");
            await SwitchPluginOnAsync(app, institute, Plugin, []);
            await InstituteYear.LoadAsync(database, institute, members, branchCount, await TimeZoneOfAsync(database, institute));
            return institute;
        });
        Console.WriteLine($"{await ScalarAsync(database, "select count(*) from blocks.pledges"):N0} plans, " +
                          $"{await ScalarAsync(database, "select count(*) from blocks.suggestions"):N0} suggestions, " +
                          $"{await ScalarAsync(database, "select count(*) from schedules.events"):N0} events with {await ScalarAsync(database, "select count(*) from schedules.attendance"):N0} attendances, " +
                          $"{await ScalarAsync(database, "select count(*) from blocks.counted_texts"):N0} texts, " +
                          $"{await ScalarAsync(database, "select count(*) from institute_branch_plan.evaluation_results"):N0} evaluation results");

        using var office = await SignInAsync(app, $"{Code}-admin", Password);
        var api = $"/api/j/{Code}/{Plugin}";
        if (await SoakAsync(args, office, api)) return;

        var prefix = $"institute {members:N0} members in {branchCount} branches";
        var (dashboardTime, dashboard) = await TimeGetAsync(office, $"{api}/dashboard", runs);
        IReadOnlyDictionary<long, InstituteTwins.Branch> twin = default!;
        var twinTime = await MedianAsync(runs, async () => twin = await InstituteTwins.OverviewAsync(database, jurisdiction));
        SameBranches(dashboard, twin);
        ReportAgainstSql(prefix, "office overview (dashboard), every branch", dashboardTime, twinTime,
            $"{twin.Count} branches, {twin.Values.Sum(b => b.PlansHandedIn):N0} plans, {twin.Values.Sum(b => b.StudyExpected):N0} study places");
        // Issue 20's read-API rule: concurrent requests against as many concurrent twins (the twin writes no JSON).
        await CompareUnderLoadAsync(args, $"{prefix}: office overview (dashboard)", () => GetOkAsync(office, $"{api}/dashboard"),
            "hand-written SQL", () => InstituteTwins.OverviewAsync(database, jurisdiction));
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
    }


    /// <summary>The same branches, each with the same figures; the evaluation round's period, closed flag and counts where one was opened.</summary>
    private static void SameBranches(JsonElement page, IReadOnlyDictionary<long, InstituteTwins.Branch> twin)
    {
        Same("overview: branches", page.GetArrayLength(), twin.Count);
        foreach (var b in page.EnumerateArray())
        {
            var id = b.GetProperty("branchId").GetInt64();
            var t = twin.TryGetValue(id, out var found) ? found : throw new InvalidOperationException($"overview: the SQL has no branch {id}.");
            var what = $"overview, {t.Name}";
            Same($"{what}: name", b.GetProperty("branch").GetString()!, t.Name);
            void Figure(string name, int sql) => Same($"{what}: {name}", b.GetProperty(name).GetInt32(), sql);
            Figure("members", t.Members);
            Figure("plansHandedIn", t.PlansHandedIn);
            Figure("plansLate", t.PlansLate);
            Figure("plansMissing", t.PlansMissing);
            Figure("membersWithSuggestion", t.MembersWithSuggestion);
            Figure("suggestions", t.Suggestions);
            Figure("suggestionsAnswered", t.SuggestionsAnswered);
            Figure("studyAttended", t.StudyAttended);
            Figure("studyExpected", t.StudyExpected);
            Figure("readingsCovered", t.ReadingsCovered);
            Figure("readingsListed", t.ReadingsListed);
            Figure("partySpiritReached", t.PartySpiritReached);
            Figure("analysesHandedIn", t.AnalysesHandedIn);
            Figure("reportsHandedIn", t.ReportsHandedIn);
            Figure("membersMeetingNotes", t.MembersMeetingNotes);
            var round = b.GetProperty("evaluation");
            Same($"{what}: a round opened", round.ValueKind != JsonValueKind.Null, t.RoundPeriod is not null);
            if (round.ValueKind == JsonValueKind.Null) continue;
            if (!round.GetProperty("closed").GetBoolean()) throw new InvalidOperationException($"{what}: an open round (the twin reads closed rounds' results only).");
            Same($"{what}: round", round.GetProperty("period").GetString()!, t.RoundPeriod!);
            Same($"{what}: round closed", round.GetProperty("closed").GetBoolean(), t.RoundClosed!.Value);
            Same($"{what}: members graded", round.GetProperty("graded").GetInt32(), t.RoundGraded!.Value);
            Same($"{what}: round's lines", round.GetProperty("lines").GetInt32(), t.RoundLines!.Value);
        }
    }
}
