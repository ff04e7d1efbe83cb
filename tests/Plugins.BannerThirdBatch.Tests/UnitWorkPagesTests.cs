using System.Net;
using System.Net.Http.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The pages of a unit's own work for each account in both languages, and their forms: a record saved, a bad one shown by field.</summary>
public sealed class UnitWorkPagesTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    private static IEnumerable<string> AllPages => OutreachTests.Pages.Concat(SessionsTests.Pages).Concat(AssistanceTests.Pages);

    [Theory]
    [InlineData("ar-admin")]
    [InlineData("ar-town")]
    [InlineData("ar-gacha")]
    [InlineData("ar-other")]
    [InlineData("ar-member")]
    public async Task Every_page_opens_for_each_account_in_Chinese_and_English(string account)
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), new { personId = b.People["孟和"], reachedOn = "2026-03-05", method = "Phone" }), HttpStatusCode.Created);
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/sessions"),
            new { kind = "SecretaryTraining", title = "书记培训", heldOn = "2026-03-05", hours = 8, attendees = new[] { b.People["乌云"] } }), HttpStatusCode.Created);
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/assistance"),
            new { kind = "Funds", unitId = b.Org["巴彦宝力格嘎查党支部"], amount = 1000, givenOn = "2026-03-05" }), HttpStatusCode.Created);
        var browser = await Host.BrowserClientAsync(account);
        foreach (var page in AllPages)
        {
            var chinese = await browser.GetAsync(b.Page(Plugin, page));
            Assert.True(chinese.StatusCode == HttpStatusCode.OK, $"{account} {page}: {(int)chinese.StatusCode}");
            var english = await browser.GetStringAsync(b.Page(Plugin, page) + "?culture=en");
            Assert.DoesNotContain("外出党员传达台账（Excel）", english);
            Assert.DoesNotContain("href=\"\"", english);
        }
    }

    [Fact]
    public async Task The_forms_save_a_record_and_show_a_refusal_by_its_field()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var browser = await Host.BrowserClientAsync("ar-gacha");
        var outreach = b.Page(Plugin, "/Outreach");
        var saved = await TestHost.SubmitFormAsync(browser, outreach, new() { ["personId"] = b.People["孟和"].ToString(), ["reachedOn"] = "2026-03-09", ["method"] = "Visit", ["Note"] = "电话传达" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);   // to the page, saying it was recorded
        var page = await browser.GetStringAsync(outreach);
        Assert.Contains("2026-03-09", page);
        var refused = await TestHost.SubmitFormAsync(browser, outreach, new() { ["personId"] = b.People["其其格"].ToString(), ["reachedOn"] = "2026-03-11", ["method"] = "Visit" });
        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(body.Contains("传达日期不能晚于今天"), $"{(int)refused.StatusCode}: {string.Join(" | ", body.Split('\n').Where(l => l.Contains("error") || l.Contains("notice")))}");

        var town = await Host.BrowserClientAsync("ar-town");
        var help = await TestHost.SubmitFormAsync(town, b.Page(Plugin, "/Assistance"), new() { ["helpKind"] = "Funds", ["unitId"] = b.Org["呼和乌拉嘎查党支部"].ToString(), ["givenOn"] = "2026-03-09" });
        Assert.Contains("经费帮扶须填写金额", await help.Content.ReadAsStringAsync());
        var session = await TestHost.SubmitFormAsync(town, b.Page(Plugin, "/Sessions"), new()
        {
            ["sessionUnitId"] = b.Org["呼和乌拉嘎查党支部"].ToString(), ["kind"] = "GenPing", ["Title"] = "学习根平同志事迹", ["heldOn"] = "2026-03-09", ["hours"] = "2",
            ["attendees"] = b.People["达来"].ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.Contains("学习根平同志事迹", await town.GetStringAsync(b.Page(Plugin, "/Sessions")));
    }
}
