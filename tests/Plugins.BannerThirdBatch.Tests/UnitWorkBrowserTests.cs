using System.Net;
using System.Net.Http.Json;
using Modular.Testing.Browser;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The pages of a unit's own work in Chromium at a phone's and a desktop's width, with records on them, for the office, a town and a gacha.</summary>
public sealed class UnitWorkBrowserTests(BannerThirdBatchHost shared, ChromiumBrowser chromium) : SharedHostTests<BannerThirdBatchHost>(shared), IClassFixture<ChromiumBrowser>
{
    private const string Plugin = Banner.Plugin;

    [Theory]
    [InlineData("ar-admin")]
    [InlineData("ar-town")]
    [InlineData("ar-gacha")]
    public async Task The_pages_read_well_on_a_phone_and_a_desktop(string userName)
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"),
            new { personId = b.People["孟和"], reachedOn = "2026-03-05", method = "Phone", note = "电话传达第三批学习实践活动实施意见，请其按时参加支部组织的学习" }), HttpStatusCode.Created);
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/sessions"),
            new { kind = "SecretaryTraining", title = "全旗党支部书记集中培训班", heldOn = "2026-03-05", hours = 8, attendees = new[] { b.People["乌云"], b.People["图雅"] } }), HttpStatusCode.Created);
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/assistance"),
            new { kind = "Materials", unitId = b.Org["巴彦宝力格嘎查党支部"], amount = 600, detail = "必读书目及辅导读物60册", givenOn = "2026-03-05" }), HttpStatusCode.Created);
        string[] pages = [.. from page in OutreachTests.Pages.Concat(SessionsTests.Pages).Concat(AssistanceTests.Pages)
                            from culture in new[] { "", "?culture=en" } select b.Page(Plugin, page) + culture];
        await TwoWidths.AssertReadWellAsync(chromium.Browser, Host, userName, pages);
    }
}
