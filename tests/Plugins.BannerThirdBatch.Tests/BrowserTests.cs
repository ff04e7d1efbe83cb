using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Modular.Testing.Browser;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>
/// The plugin's pages in the machine's Chromium (the kit's <see cref="TwoWidths"/>, nothing downloaded) at a phone's width
/// (390 px) and a desktop's (1366 px), in Chinese and English, as the banner office, a town's secretary, a gacha's secretary and a
/// member: none scrolls sideways, squeezes a cell into a strip, leaves a control unlabelled or shows text too faint to read; and the
/// main journeys on a phone. Screenshots land in artifacts/screenshots. Each item's test class lists its pages (<see cref="IsolationTests.Pages"/>).
/// </summary>
public sealed class BrowserTests(BannerThirdBatchHost shared, ChromiumBrowser chromium) : SharedHostTests<BannerThirdBatchHost>(shared), IClassFixture<ChromiumBrowser>
{
    private const string Plugin = Banner.Plugin;

    /// <summary>Every page of the plugin (<see cref="IsolationTests.Pages"/>), the ids filled in, in both languages.</summary>
    private static string[] Pages(TestJurisdiction banner, Dictionary<string, long> ids) =>
        [.. from path in IsolationTests.Pages.Select(p => IsolationTests.Fill(p, ids))
            from culture in new[] { "", "culture=en" }
            select banner.Page(Plugin, path) + (culture.Length == 0 ? "" : (path.Contains('?') ? "&" : "?") + culture)];

    [Theory]
    [InlineData("ar-admin")]
    [InlineData("ar-town")]
    [InlineData("ar-gacha")]
    public async Task The_pages_read_well_on_a_phone_and_a_desktop(string userName)
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var ids = await IsolationTests.SomethingOfEachAsync(Host, banner);   // something on every page
        // A gacha's secretary sees no town's page (IsolationTests: 404); everyone else every page.
        var pages = Pages(banner, ids).Where(p => userName != "ar-gacha" || !p.Contains("/Town/")).ToArray();
        await TwoWidths.AssertReadWellAsync(chromium.Browser, Host, userName, pages);
    }

    [Fact]
    public async Task On_a_phone_a_gacha_secretary_chooses_the_start_and_a_too_short_phase_is_refused_in_place()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ar-gacha", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(banner.Page(Plugin, ""));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "参学单位和时间安排" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "巴彦宝力格嘎查党支部" }).ClickAsync();
        await page.FillAsync("input[name=Start]", "2026-03-01");
        await page.FillAsync("input[name=ConcentratedEnd]", "2026-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("不少于4个月");

        await page.FillAsync("input[name=ConcentratedEnd]", "2026-07-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("2026-07-31");
        await Assertions.Expect(page.Locator("main h1 .badge")).ToContainTextAsync("集中学习实践");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ar-gacha-phone-schedule");
        await page.CloseAsync();
    }
}
