using System.Net;
using System.Net.Http.Json;
using static Plugins.PartyGroupStudy.Tests.County;
using static Plugins.PartyGroupStudy.Tests.Analysis;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>The analysis stage's pages through the real host: each reads for the office, a member and the inspector, in Chinese and English; the forms post.</summary>
public sealed class AnalysisPagesTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    [Fact]
    public async Task Every_page_reads_for_the_office_a_member_and_the_inspector_in_both_languages()
    {
        var county = await GroupAsync(Host);
        await SomeOfEverythingAsync(Host, county, Clock);
        foreach (var user in new[] { "xg-admin", "xg-member", "xg-inspector" })
        {
            var browser = await Host.BrowserClientAsync(user);
            foreach (var path in Paths)
                foreach (var culture in new[] { "", "?culture=en" })
                {
                    var response = await browser.GetAsync(county.Page(Plugin, path) + culture);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {path}{culture}: {(int)response.StatusCode}");
                    var html = await response.Content.ReadAsStringAsync();
                    Assert.DoesNotContain("href=\"\"", html);
                }
        }
        var office = await Host.BrowserClientAsync("xg-admin");
        Assert.Contains("Heart-to-heart talks", await office.GetStringAsync(county.Page(Plugin, "/Talks") + "?culture=en"));
        Assert.Contains("深入基层调研少", System.Net.WebUtility.HtmlDecode(await office.GetStringAsync(county.Page(Plugin, "/LifeMeeting"))));
        Assert.Contains("问题查找还不够具体", System.Net.WebUtility.HtmlDecode(await office.GetStringAsync(county.Page(Plugin, "/GroupReport"))));
        // Codes print as slips on the page, with the public sheet's address.
        var slips = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(office, county.Page(Plugin, "/GroupReport"),
            new() { ["group"] = "TownHeads", ["count"] = "3" }, county.Page(Plugin, "/GroupReport") + "?handler=Codes")).Content.ReadAsStringAsync());
        Assert.Contains("/evaluate/xg/", slips);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(slips, "class=\"evaluation-code\"").Count);
        // The overview links every page of the stage.
        var overview = await (await Host.BrowserClientAsync("xg-member")).GetStringAsync(county.Page(Plugin, ""));
        Assert.All(Paths, path => Assert.Contains(path, overview));
    }

    [Fact]
    public async Task On_the_page_a_member_s_report_missing_a_part_shows_the_part_s_error()
    {
        var county = await GroupAsync(Host);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 4);
        var member = await Host.BrowserClientAsync("xg-member");
        var page = county.Page(Plugin, "/PersonalReports");
        var refused = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(member, page, new()
        {
            ["personId"] = county.People["王强"].ToString(), ["version"] = "0", ["Essence"] = "a", ["Situation"] = "b", ["Practice"] = "c", ["Expectations"] = "d", ["Causes"] = "",
        }, page + "?handler=Save")).Content.ReadAsStringAsync());
        Assert.Contains("请填写“原因分析、经验教训和解决问题的思路办法”", refused);
        var saved = await TestHost.SubmitFormAsync(member, page, new()
        {
            ["personId"] = county.People["王强"].ToString(), ["version"] = "0", ["Essence"] = "a", ["Situation"] = "b", ["Practice"] = "c", ["Expectations"] = "d", ["Causes"] = "e",
        }, page + "?handler=Save");
        Assert.Contains("done=saved", saved.RequestMessage?.RequestUri?.ToString() + saved.Headers.Location);
        Assert.Contains("第 1 稿", System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(page)));
    }
}
