using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// Issue 15 item 2: the county's pages and messages in the user's language, one language at a time — English when
/// chosen (<c>?culture=en</c>), Chinese by default.
/// </summary>
public sealed partial class EnglishTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    [Fact]
    public async Task The_members_and_the_offices_pages_read_in_English_without_their_Chinese_headings()
    {
        var c = await fixture.CreateCountyAsync("en-pages");
        c.At(2010, 6, 24);
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var member = await c.ApiAsAsync($"{c.Code}-member");
        await secretary.PostAsJsonAsync(c.Api("/badges"), new { kind = "PioneerPost", name = "村务公开先锋岗", personId = c.People["王强"] }).OkJsonAsync(HttpStatusCode.Created);
        await member.PostAsJsonAsync(c.Api("/services"), new { kind = "SpringPloughing", beneficiary = "五保户张大爷", servedOn = "2010-06-22", hours = 2.5 }).OkJsonAsync(HttpStatusCode.Created);
        await c.OfficeApi.PostAsJsonAsync(c.Api("/dedication/records"), new { organizationId = c.Village, kind = "SkillsDrill", title = "春季练兵", heldOn = "2010-06-20", participants = 3 }).OkJsonAsync(HttpStatusCode.Created);

        // Page → (English that must show, Chinese that must not).
        var pages = new (string Page, string[] English, string[] Chinese)[]
        {
            ("/", ["Advanced party organizations, excellent party members", "Stages", "Under way", "Guidance by sector", "Good leadership", "by 2010-06-30"],
                  ["创建先进基层党组织、争当优秀共产党员", "实施步骤", "进行中", "分类指导", "“五个好”与“五个模范”", "2010年6月30日"]),
            ("/Mobilization", ["Stage 1 · Mobilize and deploy", "Committees&#x27; meetings", "Plan filings"], ["第一步 · 广泛发动，安排部署", "各党委发动大会", "实施方案备案"]),
            ("/PartySpirit", ["Stage 2 · The five activities, 1: party-spirit education"], ["五项活动之一", "党性分析台账"]),
            ("/Dedication", ["Stage 2 · The five activities, 2: dedication at the post"], ["五项活动之二", "业务练兵"]),
            ("/ServingThePeople", ["Stage 2 · The five activities, 3: serving the people", "Help with spring ploughing"], ["五项活动之三", "春耕助农"]),
            ("/Badges", ["Badge display", "Pioneer post", "1 in all"], ["亮牌示范公示", "党员先锋岗", "尚未设置"]),
            ("/Innovation", ["organizational innovation", "No candidates yet."], ["五项活动之五", "尚无申报"]),
            ("/Commendation", ["July 1 commendation: nominations", "Nothing approved yet."], ["集中表彰推荐", "尚无审定名单"]),
            ("/FiveModels", ["Five-models members", "Share of five-models members by sector and round"], ["争当“五个模范”优秀共产党员", "各领域“五个模范”党员比例"]),
            ("/Study", ["Stage 1 · Centralized study", "By organization"], ["组织集中学习", "各党组织集中学习情况", "尚未登记集中学习"]),
            ("/TypicalModels", ["Stage 3 · Typical models", "No typical models yet."], ["树立先进典型", "尚未确定先进典型"]),
            ("/Showcase", ["Stage 4 · Showing the results", "No events planned yet."], ["展示成果", "尚未安排展示活动"]),
        };
        foreach (var user in new[] { $"{c.Code}-member", $"{c.Code}-admin" })
        {
            var browser = await c.BrowserAsAsync(user);
            foreach (var (page, english, chinese) in pages)
            {
                using var response = await browser.GetAsync(c.Page(page) + "?culture=en");
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {page}: {(int)response.StatusCode}");
                foreach (var text in english) Assert.True(html.Contains(text, StringComparison.Ordinal), $"{user} {page}: no “{text}”");
                foreach (var text in chinese) Assert.False(html.Contains(text, StringComparison.Ordinal), $"{user} {page}: “{text}” in English");
            }
            // The host's dashboard card.
            var home = await browser.GetStringAsync($"/j/{c.Code}?culture=en");
            Assert.Contains("Five activities · stages", home);
            Assert.Contains("Stage 2 · Compete in earnest", home);
            Assert.DoesNotContain("创先争优 · 活动步骤", home);
            Assert.DoesNotContain("全面争创，扎实推进", home);
        }

        // The office's own form on the mobilization page; the dashboard and ranking open in English too.
        var office = await c.BrowserAsAsync($"{c.Code}-admin");
        var mobilization = await office.GetStringAsync(c.Page("/Mobilization") + "?culture=en");
        Assert.Contains("Record the county meeting", mobilization);
        Assert.DoesNotContain("记录县委发动大会", mobilization);
        Assert.Contains("Skills drill", await office.GetStringAsync(c.Page("/Dedication") + "?culture=en"));
        foreach (var page in new[] { "/Dashboard", "/Grading", "/FiveModels" })
        {
            using var response = await office.GetAsync(c.Page(page) + "?culture=en");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The ledger's columns and kinds follow the reader too.
        var ledger = await c.OfficeApi.GetStringAsync(c.Api("/ledgers/badges?format=csv&culture=en"));
        Assert.Contains("Kind,Name,Member,Organization,Assigned on,Note", ledger);
        Assert.Contains("Pioneer post", ledger);
        Assert.DoesNotContain("党员先锋岗", ledger);
        Assert.Contains("类型,名称,党员,所在党组织,设立日期,备注", await c.OfficeApi.GetStringAsync(c.Api("/ledgers/badges?format=csv")));

        // Chinese stays the default.
        var byDefault = await office.GetStringAsync(c.Page("/Badges"));
        Assert.Contains("亮牌示范公示", byDefault);
        Assert.Contains("党员先锋岗", byDefault);
        Assert.DoesNotContain("Badge display", byDefault);
        Assert.DoesNotContain("Pioneer post", byDefault);
    }

    [Fact]
    public async Task A_refusal_comes_back_in_one_language_per_culture()
    {
        var c = await fixture.CreateCountyAsync("en-refusal");
        c.At(2010, 5, 12);

        // A field's message (400).
        using (var zh = await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { attendees = 10 }))
            Assert.Equal(["请填写县委发动大会日期。"], await zh.ProblemAsync("heldOn"));
        using (var en = await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county") + "?culture=en", new { attendees = 10 }))
            Assert.Equal(["Give the day of the county's meeting."], await en.ProblemAsync("heldOn"));

        // A refusal of who may act (403).
        var member = await c.ApiAsAsync($"{c.Code}-member");
        var zhBody = await member.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10" }).StatusAsync(HttpStatusCode.Forbidden);
        Assert.Contains("只有县创先争优活动领导小组办公室可以记录县委发动大会。", zhBody);
        Assert.DoesNotContain("county office", zhBody);
        var enBody = await member.PutAsJsonAsync(c.Api("/mobilization/county") + "?culture=en", new { heldOn = "2010-05-10" }).StatusAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Only the county office records the county's mobilization meeting.", enBody);
        Assert.False(Han().IsMatch(enBody), enBody);

        // On the page: the committee's form refused, in English only.
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10" }).OkJsonAsync();
        var town = await c.BrowserAsAsync($"{c.Code}-town");
        var page = c.Page("/Mobilization");
        using var early = await TestHost.SubmitFormAsync(town, page + "?culture=en", new() { ["organizationId"] = c.Town.ToString(), ["heldOn"] = "2010-05-09" },
            page + "?handler=Committee&culture=en");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var html = await early.Content.ReadAsStringAsync();
        var error = ErrorParagraph().Match(html);
        Assert.True(error.Success, html);
        Assert.Equal("A committee meets after the county&#x27;s meeting (2010-05-10).", error.Groups[1].Value);
        Assert.DoesNotContain("之后召开", html);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex("<p class=\"error\">([^<]*)</p>")]
    private static partial Regex ErrorParagraph();
}
