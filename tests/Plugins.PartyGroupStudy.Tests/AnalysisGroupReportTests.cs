using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.PartyGroupStudy.Tests.County;
using static Plugins.PartyGroupStudy.Tests.Analysis;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>
/// 四(二)3–4 党组分析检查报告 through the real host: drafted by the office, commented on by members (who said what on which
/// version), revised, evaluated anonymously with codes (five questions, each required), final and submitted to the parent.
/// </summary>
public sealed class AnalysisGroupReportTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    private static object Draft(int version, string? note = null, bool withoutMeasures = false) => new
    {
        achievements = "经济保持较快增长，重点项目建设加快。", problems = "发展理念不够新，体制机制不够活。", causes = "解放思想不够，学习不深。",
        measures = withoutMeasures ? "" : "转变政府职能，推行重点项目全程代办制。", version, note,
    };

    private static Dictionary<string, string> Answers(string except = "") =>
        new[] { "understanding", "problems", "causes", "approach", "measures" }.Where(k => k != except).ToDictionary(k => k, k => k == "measures" ? "fairly-good" : "good");

    [Fact]
    public async Task The_group_s_report_is_discussed_revised_evaluated_anonymously_made_final_and_read_by_the_parent()
    {
        var parent = await TestJurisdiction.CreateAsync(Host, "xp", "县委学习实践活动领导小组", []);
        var county = await GroupAsync(Host, "xg", parent.Id);
        var other = await GroupAsync(Host, "other");
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 10);
        var api = county.Api(Plugin, "/group-report");
        var member = await Host.ApiClientAsync("xg-member");
        var (wang, li) = (county.People["王强"], county.People["李明"]);

        await JsonAsync(await member.PostAsJsonAsync(api, Draft(0)), HttpStatusCode.Forbidden);
        Assert.Equal(["measures"], (await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Draft(0, withoutMeasures: true)), HttpStatusCode.BadRequest))
            .GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation", new { }), HttpStatusCode.BadRequest); // nothing to evaluate yet
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Draft(0)), HttpStatusCode.Created);

        // Every member discusses it: their own comment, or the office records one for a member; not an outsider.
        await JsonAsync(await member.PostAsJsonAsync($"{api}/comments", new { version = 1, text = "问题查找还不够具体。" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/comments", new { personId = li, version = 1, text = "原因分析要更深刻。" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/comments", new { personId = li, version = 1, text = "代提" }), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("xg-director")).PostAsJsonAsync($"{api}/comments", new { version = 1, text = "x" }), HttpStatusCode.Forbidden);
        Assert.True((await JsonAsync(await member.PostAsJsonAsync($"{api}/comments", new { version = 1, text = " " }), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("text", out _));
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Draft(1, "吸收王强、李明的意见")), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Draft(1, "旧稿上改")), HttpStatusCode.Conflict);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/comments", new { version = 2, text = "同意。" }), HttpStatusCode.Created);

        var read = await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK);
        var history = read.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal([1, 2], history.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("吸收王强、李明的意见", history[1].GetProperty("note").GetString());
        Assert.Equal([(wang, "问题查找还不够具体。"), (li, "原因分析要更深刻。")],
            history[0].GetProperty("comments").EnumerateArray().Select(c => (c.GetProperty("personId").GetInt64(), c.GetProperty("text").GetString())));
        Assert.Equal([wang], history[1].GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("personId").GetInt64()));

        // The public evaluation: one anonymous round, codes per group of evaluators.
        await JsonAsync(await member.PostAsJsonAsync($"{api}/evaluation", new { }), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation", new { }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation", new { }), HttpStatusCode.Conflict);
        var town = await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/codes", new { group = "TownHeads", count = 2 }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/codes", new { group = "DepartmentHeads", count = 1 }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/codes", new { group = "Grassroots", count = 3 }), HttpStatusCode.OK);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/evaluation/codes", new { group = "Grassroots", count = 3 }), HttpStatusCode.Forbidden);
        Assert.True((await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/codes", new { count = 3 }), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("group", out _));
        var codes = town.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var path = town.GetProperty("path").GetString()!;
        Assert.StartsWith("/evaluate/xg/", path);

        // A slip missing one of the five answers is refused whole; complete, it counts once.
        var partial = (await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/slips", new { code = codes[0], answers = Answers(except: "causes") }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["answers.causes"], partial.EnumerateObject().Select(e => e.Name));
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/slips", new { code = codes[0], answers = Answers() }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/slips", new { code = codes[0], answers = Answers() }), HttpStatusCode.BadRequest);

        // An evaluator without an account answers on the SDK's public sheet.
        var visitor = Host.Anonymous;
        var sheet = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, path, new() { ["code"] = codes[1] }, path + "?handler=Start")).Content.ReadAsStringAsync());
        Assert.Contains("认识深不深", sheet);
        var form = new Dictionary<string, string> { ["code"] = codes[1] };
        for (var q = 0; q < 5; q++) form[$"s0q{q}"] = q == 4 ? "average" : "good";
        var done = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, path, form, path + "?handler=Answer")).Content.ReadAsStringAsync());
        Assert.Contains("已记录", done);

        var evaluation = (await JsonAsync(await county.OfficeApi.GetAsync(api), HttpStatusCode.OK)).GetProperty("evaluation");
        Assert.Equal(2, evaluation.GetProperty("responses").GetInt32());
        Assert.Equal([2, 1, 3], evaluation.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("codes").GetInt32()));
        var questions = evaluation.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("key").GetString()!);
        Assert.Equal([2, 0, 0, 0], questions["understanding"].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal([0, 1, 1, 0], questions["measures"].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        // Anonymous: the results name nobody and carry no person.
        var raw = evaluation.GetRawText();
        Assert.DoesNotContain("person", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("respondent", raw, StringComparison.OrdinalIgnoreCase);
        Assert.All(Members, name => Assert.DoesNotContain(name, raw));
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/evaluation/close", new { }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/report-evaluation"))).StatusCode);

        // Revised after the evaluation, final, submitted up once; only a final one goes up.
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 18);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Draft(2, "吸收群众评议意见")), HttpStatusCode.OK);
        Assert.True((await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/submit", new { version = 3 }), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("version", out _));
        await JsonAsync(await member.PostAsJsonAsync($"{api}/final", new { version = 3 }), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/final", new { version = 2 }), HttpStatusCode.Conflict);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/final", new { version = 3 }), HttpStatusCode.OK);
        var submitted = await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/submit", new { version = 3 }), HttpStatusCode.OK);
        Assert.Equal("2009-05-18", submitted.GetProperty("submittedOn").GetString());
        Assert.Equal(parent.Id, submitted.GetProperty("document").GetProperty("submittedToJurisdictionId").GetInt32());
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/submit", new { version = 3 }), HttpStatusCode.Conflict);

        // The parent reads it (API and its office's review desk); a county without a parent cannot submit; another county does not find it.
        var up = (await JsonAsync(await parent.OfficeApi.GetAsync("/api/j/xp/blocks/documents/submitted-to-us"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single();
        var documentId = up.GetProperty("document").GetProperty("id").GetInt64();
        await JsonAsync(await parent.OfficeApi.GetAsync($"/api/j/xp/blocks/documents/submitted-to-us/{county.Id}/{documentId}"), HttpStatusCode.OK);
        Assert.Contains("转变政府职能", up.GetProperty("document").GetProperty("body").GetString());
        Assert.Contains("县人民政府党组分析检查报告", System.Net.WebUtility.HtmlDecode(await (await Host.BrowserClientAsync("xp-admin")).GetStringAsync("/j/xp/office/reviews")));
        Assert.Equal(HttpStatusCode.NotFound, (await other.OfficeApi.GetAsync($"/api/j/other/blocks/documents/submitted-to-us/{county.Id}/{documentId}")).StatusCode);
        await JsonAsync(await other.OfficeApi.PostAsJsonAsync(other.Api(Plugin, "/group-report"), Draft(0)), HttpStatusCode.Created);
        await JsonAsync(await other.OfficeApi.PostAsJsonAsync(other.Api(Plugin, "/group-report/final"), new { version = 1 }), HttpStatusCode.OK);
        Assert.True((await JsonAsync(await other.OfficeApi.PostAsJsonAsync(other.Api(Plugin, "/group-report/submit"), new { version = 1 }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("jurisdiction", out _));

        // The steps: the group evaluated and submitted on time; members who commented.
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 21);
        var group = county.Org["县人民政府党组"];
        Assert.Equal("done", (await ObligationsAsync(county, "group-report-evaluation"))[group]);
        Assert.Equal("done", (await ObligationsAsync(county, "group-report-submitted"))[group]);
        var commented = await ObligationsAsync(county, "group-report-comment");
        Assert.Equal(("done", "done", "missed"), (commented[wang], commented[li], commented[county.People["陈红"]]));
    }
}
