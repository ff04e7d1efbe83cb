using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// 各级党组织也要表彰 (each committee commends at its own level what reached it), 上报 (the county reports its approved nominations to
/// the city, which decides once; no one else sees them) and 群众公认度 (commendation.minRecognition).
/// </summary>
public sealed class CommendationLevelsTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    private static object Member(TestCounty c, string name, long start) => new { category = "ExcellentMember", nomineeId = c.People[name], startOrganizationId = start, reason = "带头服务群众" };

    [Fact]
    public async Task Each_level_commends_what_reached_it_and_nothing_else()
    {
        var c = await fixture.CreateCountyAsync("cl-levels");
        c.At(2011, 6, 1);
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var town = await c.ApiAsAsync($"{c.Code}-town");
        var id = (await secretary.PostAsJsonAsync(c.Api("/commendation"), Member(c, "王强", c.Village)).OkJsonAsync()).GetProperty("id").GetInt64();
        object At(long organization, bool commended = true, string? reason = null, string? on = null) => new { organizationId = organization, commended, reason, decidedOn = on };

        // Still at the branch: the township never had it; a branch (no organizations under it) and the county do not commend at a level.
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town)).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Village)).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Root)).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), new { }).StatusAsync(HttpStatusCode.BadRequest, "organizationId");

        await secretary.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { }).OkJsonAsync();
        // At the township now: the branch's secretary has no say there, nor the township over another township; that one never had it.
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town)).StatusAsync(HttpStatusCode.Forbidden);
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town2)).StatusAsync(HttpStatusCode.Forbidden);
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town2)).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town, on: "2011-07-01")).StatusAsync(HttpStatusCode.BadRequest, "date");
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town, commended: false)).StatusAsync(HttpStatusCode.BadRequest, "reason");
        var commended = await town.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town)).OkJsonAsync();
        var level = commended.GetProperty("levelCommendations").Items().Single();
        Assert.Equal(("城关镇党委", true, "2011-06-01"), (level.GetProperty("organization").GetString(), level.GetProperty("commended").GetBoolean(), level.GetProperty("decidedOn").GetString()));
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/commend"), At(c.Town)).StatusAsync(HttpStatusCode.Conflict); // once per level

        // It goes on to the county as before; the township's commendation stays.
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { }).OkJsonAsync();
        var approved = await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { }).OkJsonAsync();
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Single(approved.GetProperty("levelCommendations").Items());

        // A level that dropped a nomination cannot commend it; it may decline to commend one, with a reason.
        var dropped = (await secretary.PostAsJsonAsync(c.Api("/commendation"), Member(c, "赵丽", c.Village)).OkJsonAsync()).GetProperty("id").GetInt64();
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{dropped}/endorse"), new { }).OkJsonAsync();
        await town.PostAsJsonAsync(c.Api($"/commendation/{dropped}/drop"), new { reason = "名额有限" }).OkJsonAsync();
        await town.PostAsJsonAsync(c.Api($"/commendation/{dropped}/commend"), At(c.Town)).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        var other = (await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), Member(c, "孙红", c.Community)).OkJsonAsync()).GetProperty("id").GetInt64();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{other}/endorse"), new { }).OkJsonAsync();
        var declined = await town.PostAsJsonAsync(c.Api($"/commendation/{other}/commend"), At(c.Town, commended: false, reason: "事迹不够突出")).OkJsonAsync();
        Assert.Equal("本级不予表彰", declined.GetProperty("levelCommendations").Items().Single().GetProperty("decisionName").GetString());

        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/commendation?format=csv"));
        Assert.Contains("城关镇党委 本级表彰", await ledger.Content.ReadAsStringAsync());
        var page = await (await c.BrowserAsAsync($"{c.Code}-town")).GetStringAsync(c.Page("/Commendation"));
        Assert.Contains("各级表彰", page);

        // Another county's office: no such nomination.
        var stranger = await fixture.CreateCountyAsync("cl-levels-x");
        await stranger.OfficeApi.PostAsJsonAsync(stranger.Api($"/commendation/{id}/commend"), At(stranger.Town)).StatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_county_reports_up_after_approval_and_the_city_decides_once()
    {
        var (c, city) = await fixture.CreateCountyUnderCityAsync("cl-up");
        var (other, otherCity) = await fixture.CreateCountyUnderCityAsync("cl-up2");
        c.At(2011, 6, 1);
        var id = (await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), Member(c, "王强", c.Town)).OkJsonAsync()).GetProperty("id").GetInt64();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/report-up"), new { }).StatusAsync(HttpStatusCode.BadRequest, "status"); // not approved yet
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { }).OkJsonAsync();
        var approved = await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { }).OkJsonAsync();
        Assert.Equal("未上报", approved.GetProperty("upward").GetProperty("name").GetString());
        var town = await c.ApiAsAsync($"{c.Code}-town");
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/report-up"), new { }).StatusAsync(HttpStatusCode.Forbidden);
        var reported = await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/report-up"), new { }).OkJsonAsync();
        Assert.True(reported.GetProperty("upward").GetProperty("reported").GetBoolean());
        Assert.Equal("已上报，待上级评定", reported.GetProperty("upward").GetProperty("name").GetString());
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/report-up"), new { }).StatusAsync(HttpStatusCode.BadRequest, "status"); // once

        // The city sees exactly what was reported to it; the other city nothing, and cannot decide it.
        string CityApi(TestJurisdiction j, string path) => j.Api(CountyHost.PluginId, path);
        var seen = (await city.OfficeApi.GetAsync(CityApi(city, "/commendation/reported")).OkJsonAsync()).Items().ToList();
        Assert.Equal(["王强"], seen.Select(r => r.GetProperty("nomineeName").GetString()));
        Assert.Equal(c.Id, seen[0].GetProperty("fromJurisdictionId").GetInt32());
        Assert.Equal("XX县", seen[0].GetProperty("from").GetString()); // the SDK names the reporting jurisdiction
        Assert.Empty((await otherCity.OfficeApi.GetAsync(CityApi(otherCity, "/commendation/reported")).OkJsonAsync()).Items());
        Assert.Empty((await other.OfficeApi.GetAsync(other.Api("/commendation/reported")).OkJsonAsync()).Items());
        await otherCity.OfficeApi.PostAsJsonAsync(CityApi(otherCity, $"/commendation/reported/{c.Id}/{id}/decision"), new { selected = true }).StatusAsync(HttpStatusCode.NotFound);
        await other.OfficeApi.PostAsJsonAsync(other.Api($"/commendation/{id}/report-up"), new { }).StatusAsync(HttpStatusCode.NotFound);
        await town.GetAsync(c.Api("/commendation/reported")).StatusAsync(HttpStatusCode.Forbidden); // the office's
        Assert.DoesNotContain("王强", await (await otherCity.Host.BrowserClientAsync($"{otherCity.Code}-admin")).GetStringAsync($"/j/{otherCity.Code}/{CountyHost.PluginId}/Commendation"));
        Assert.Contains("王强", await (await city.Host.BrowserClientAsync($"{city.Code}-admin")).GetStringAsync($"/j/{city.Code}/{CountyHost.PluginId}/Commendation"));

        // The city decides once: not selected needs a reason; a second decision is a conflict.
        var decision = CityApi(city, $"/commendation/reported/{c.Id}/{id}/decision");
        await city.OfficeApi.PostAsJsonAsync(decision, new { }).StatusAsync(HttpStatusCode.BadRequest, "selected");
        await city.OfficeApi.PostAsJsonAsync(decision, new { selected = false }).StatusAsync(HttpStatusCode.BadRequest, "reason");
        var decided = await city.OfficeApi.PostAsJsonAsync(decision, new { selected = true, reason = "列入全市表彰名单" }).OkJsonAsync();
        Assert.Equal("入选", decided.GetProperty("decisionName").GetString());
        await city.OfficeApi.PostAsJsonAsync(decision, new { selected = false, reason = "改变主意" }).StatusAsync(HttpStatusCode.Conflict);

        // The county sees the city's decision on its nomination.
        var row = (await c.OfficeApi.GetAsync(c.Api("/commendation")).OkJsonAsync()).Items().Single(r => r.GetProperty("id").GetInt64() == id);
        Assert.True(row.GetProperty("upward").GetProperty("selected").GetBoolean());
        Assert.Equal("上级表彰（入选）", row.GetProperty("upward").GetProperty("name").GetString());

        // A county without a parent has no one to report to.
        var alone = await fixture.CreateCountyAsync("cl-up-alone");
        var lone = (await alone.OfficeApi.PostAsJsonAsync(alone.Api("/commendation"), Member(alone, "孙红", alone.Town)).OkJsonAsync()).GetProperty("id").GetInt64();
        await alone.OfficeApi.PostAsJsonAsync(alone.Api($"/commendation/{lone}/endorse"), new { }).OkJsonAsync();
        await alone.OfficeApi.PostAsJsonAsync(alone.Api($"/commendation/{lone}/approve"), new { }).OkJsonAsync();
        await alone.OfficeApi.PostAsJsonAsync(alone.Api($"/commendation/{lone}/report-up"), new { }).StatusAsync(HttpStatusCode.BadRequest, "jurisdiction");
    }

    /// <summary>
    /// 省、市、县三级: the county reports its approved nomination to the city; the city selects it and reports it on to the province
    /// in one step (上报省); the province sees where it began and decides it (it has no parent to report to); the city and the
    /// county both see the province's decision. No one else sees or forwards it.
    /// </summary>
    [Fact]
    public async Task The_city_reports_a_county_nomination_on_to_the_province_and_the_county_sees_the_province_decide()
    {
        var (c, city, province) = await fixture.CreateCountyUnderCityUnderProvinceAsync("cl-three");
        var (_, otherCity) = await fixture.CreateCountyUnderCityAsync("cl-three2");
        c.At(2011, 6, 1);
        var id = (await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), Member(c, "王强", c.Town)).OkJsonAsync()).GetProperty("id").GetInt64();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { }).OkJsonAsync();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { }).OkJsonAsync();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/report-up"), new { }).OkJsonAsync();

        string Api(TestJurisdiction j, string path) => j.Api(CountyHost.PluginId, path);
        var forward = Api(city, $"/commendation/reported/{c.Id}/{id}/forward");
        Assert.Contains("入选并上报省", await (await city.Host.BrowserClientAsync($"{city.Code}-admin")).GetStringAsync($"/j/{city.Code}/{CountyHost.PluginId}/Commendation"));
        await otherCity.OfficeApi.PostAsJsonAsync(Api(otherCity, $"/commendation/reported/{c.Id}/{id}/forward"), new { }).StatusAsync(HttpStatusCode.NotFound);
        await city.OfficeApi.PostAsJsonAsync(forward, new { selected = false, reason = "名额已满" }).StatusAsync(HttpStatusCode.BadRequest, "selected");
        var forwarded = await city.OfficeApi.PostAsJsonAsync(forward, new { reason = "列入全市表彰并报省" }).OkJsonAsync();
        Assert.Equal(("入选并上报上级", true, "已上报，待上级评定"),
            (forwarded.GetProperty("decisionName").GetString(), forwarded.GetProperty("forwarded").GetBoolean(), forwarded.GetProperty("aboveName").GetString()));
        await city.OfficeApi.PostAsJsonAsync(forward, new { }).StatusAsync(HttpStatusCode.Conflict);                         // once
        await city.OfficeApi.PostAsJsonAsync(Api(city, $"/commendation/reported/{c.Id}/{id}/decision"), new { selected = false, reason = "改变主意" }).StatusAsync(HttpStatusCode.Conflict);

        // The province sees the city's forward, and where it began; it has no parent, so it decides.
        var seen = Assert.Single((await province.OfficeApi.GetAsync(Api(province, "/commendation/reported")).OkJsonAsync()).Items());
        Assert.Equal(("王强", "XX市", "XX县", city.Id), (seen.GetProperty("nomineeName").GetString(), seen.GetProperty("from").GetString(),
            seen.GetProperty("originFrom").GetString(), seen.GetProperty("fromJurisdictionId").GetInt32()));
        var atProvince = seen.GetProperty("nominationId").GetInt64();
        Assert.Empty((await otherCity.OfficeApi.GetAsync(Api(otherCity, "/commendation/reported")).OkJsonAsync()).Items());
        Assert.Contains("转报自XX县", await (await province.Host.BrowserClientAsync($"{province.Code}-admin")).GetStringAsync($"/j/{province.Code}/{CountyHost.PluginId}/Commendation"));
        await province.OfficeApi.PostAsJsonAsync(Api(province, $"/commendation/reported/{city.Id}/{atProvince}/forward"), new { }).StatusAsync(HttpStatusCode.BadRequest, "jurisdiction");
        await province.OfficeApi.PostAsJsonAsync(Api(province, $"/commendation/reported/{city.Id}/{atProvince}/decision"), new { selected = true, reason = "全省表彰" }).OkJsonAsync();

        // The city reads the province's decision on its forward; the county reads both levels.
        var cityRow = Assert.Single((await city.OfficeApi.GetAsync(Api(city, "/commendation/reported")).OkJsonAsync()).Items());
        Assert.Equal(("上级表彰（入选）", "全省表彰"), (cityRow.GetProperty("aboveName").GetString(), cityRow.GetProperty("aboveReason").GetString()));
        var row = (await c.OfficeApi.GetAsync(c.Api("/commendation")).OkJsonAsync()).Items().Single(r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal("上级入选并上报再上一级", row.GetProperty("upward").GetProperty("name").GetString());
        Assert.Equal(["XX省：入选（全省表彰）"], row.GetProperty("upward").GetProperty("above").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("XX省：入选（全省表彰）", await (await c.Host.BrowserClientAsync($"{c.Code}-admin")).GetStringAsync($"/j/{c.Code}/{CountyHost.PluginId}/Commendation"));
    }

    [Fact]
    public async Task The_county_approves_an_excellent_member_only_with_the_public_recognition_the_setting_asks()
    {
        var c = await fixture.CreateCountyAsync("cl-recog", new() { ["commendation.minRecognition"] = "75" });
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var member = await c.ApiAsAsync($"{c.Code}-member");

        // 群众评议 (2010): 王强 3 favourable of 4 (75 %), 赵丽 2 of 3 (66.7 %), 孙红 none.
        c.At(2010, 6, 24);
        await c.OfficeApi.PostAsync(c.Api("/party-spirit/evaluation/round"), null).OkJsonAsync();
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["王强"], grade = "excellent" }).OkJsonAsync(HttpStatusCode.NoContent);
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["赵丽"], grade = "qualified" }).OkJsonAsync(HttpStatusCode.NoContent);
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["赵丽"], grade = "excellent" }).OkJsonAsync(HttpStatusCode.NoContent);
        var slips = await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation/codes"), new { organizationId = c.Village, count = 3 }).OkJsonAsync();
        var sheet = slips.GetProperty("path").GetString()!;
        var codes = slips.GetProperty("codes").Items().Select(x => x.GetString()!).ToList();
        async Task AnswerAsync(string code, Dictionary<string, string> grades)
        {
            var opened = WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(fixture.Host.Anonymous, sheet, new() { ["code"] = code }, sheet + "?handler=Start")).Content.ReadAsStringAsync());
            var subjects = System.Text.RegularExpressions.Regex.Matches(opened, "<legend>(.*?)</legend>").Select(m => m.Groups[1].Value).ToList();
            var fields = new Dictionary<string, string> { ["code"] = code };
            foreach (var (name, grade) in grades) fields[$"s{subjects.IndexOf(name)}q0"] = grade;
            Assert.Contains("已记录您对", WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(fixture.Host.Anonymous, sheet, fields, sheet + "?handler=Answer")).Content.ReadAsStringAsync()));
        }
        await AnswerAsync(codes[0], new() { ["王强"] = "qualified", ["赵丽"] = "unqualified" });
        await AnswerAsync(codes[1], new() { ["王强"] = "qualified" });
        await AnswerAsync(codes[2], new() { ["王强"] = "basically-qualified" });

        c.At(2011, 6, 10);
        async Task<long> AtTheCountyAsync(string name, long start)
        {
            var id = (await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), Member(c, name, start)).OkJsonAsync()).GetProperty("id").GetInt64();
            await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { }).OkJsonAsync();
            return id;
        }
        var wang = await AtTheCountyAsync("王强", c.Town);
        var zhao = await AtTheCountyAsync("赵丽", c.Town);
        var sun = await AtTheCountyAsync("孙红", c.Town);
        var rows = (await c.OfficeApi.GetAsync(c.Api("/commendation")).OkJsonAsync()).Items().ToDictionary(r => r.GetProperty("id").GetInt64(), r => r.GetProperty("recognition"));
        Assert.Equal((3, 4, 75m), (rows[wang].GetProperty("favourable").GetInt32(), rows[wang].GetProperty("answers").GetInt32(), rows[wang].GetProperty("percent").GetDecimal()));
        Assert.Equal(66.7m, rows[zhao].GetProperty("percent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, rows[sun].GetProperty("percent").ValueKind);

        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{zhao}/approve"), new { }).StatusAsync(HttpStatusCode.BadRequest, "recognition");
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{sun}/approve"), new { }).StatusAsync(HttpStatusCode.BadRequest, "recognition");
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{wang}/approve"), new { }).OkJsonAsync(); // 75 % is enough
        // An advanced organization has no public recognition to meet.
        var org = (await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), new { category = "AdvancedOrganization", nomineeId = c.Village2, startOrganizationId = c.Town2, reason = "五个好" }).OkJsonAsync()).GetProperty("id").GetInt64();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{org}/endorse"), new { }).OkJsonAsync();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{org}/approve"), new { }).OkJsonAsync();
    }
}
