using Microsoft.Playwright;
using Modular.Testing.Browser;
using Modular.Tests.Crawl;

namespace Modular.Tests.Browser;

/// <summary>
/// Every page a role reaches in the demo (the crawler's walk), opened in Chromium at a phone's width
/// (390 px) and a desktop's (1366 px): none scrolls sideways, no table squeezes text into a strip, and
/// on a phone the menu folds behind one button. Each role's first pages are kept as screenshots.
/// </summary>
[Collection(DemoSite.Name)]
public sealed class TwoWidthsTests(DemoSiteFixture fixture, ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{

    /// <summary>The roles that work in each campaign: a member writes, a secretary runs a branch, an office runs the campaign.</summary>
    public static TheoryData<string> Roles() =>
        new(from code in new[] { "alxa-right", "xx-county" } from role in new[] { "member", "secretary", "admin" } select $"{code}-{role}");

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_a_role_uses_reads_well_on_a_phone_and_a_desktop(string userName)
    {
        var code = userName[..userName.LastIndexOf('-')];
        var crawler = new SiteCrawler(await fixture.Host.BrowserClientAsync(userName), userName) { MaxPages = 60, PagesPerShape = 1 };
        await crawler.CrawlAsync($"/j/{code}");
        var pages = crawler.Visited.Where(url => !url.Contains("/api/", StringComparison.Ordinal) && !url.Contains("handler=", StringComparison.Ordinal)).ToList();

        // Kept as screenshots (artifacts/screenshots, with MODULAR_SCREENSHOTS=1): the campaign's own pages first, then the host's, ten of each width.
        var shots = pages.Where(url => !url.Contains('?', StringComparison.Ordinal)).OrderBy(url => url.Split('/').Length > 3 ? 0 : 1).Take(10).ToHashSet();
        var page = await Chromium.SignedInPageAsync(chromium.Browser, fixture.Host.BaseAddress, userName, Chromium.PhoneWidth, Chromium.PhoneHeight);
        var problems = await TwoWidths.ProblemsAsync(page, userName, pages, shots.Contains);

        // On a phone the menu is one button until opened, and opens by a tap.
        await page.SetViewportSizeAsync(Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync($"/j/{code}");
        Assert.False(await page.Locator(".sidebar").IsVisibleAsync(), "the menu stays open on a phone");
        // By keyboard: the menu button is the first stop, Enter opens the menu, and the next Tab is in it.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("menu-toggle", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator(".sidebar").IsVisibleAsync(), "Enter on the menu button does not open the menu");
        Assert.Equal("true", await page.Locator("button.menu-toggle").GetAttributeAsync("aria-expanded"));

        Assert.True(problems.Count == 0, $"{problems.Count} layout problems in {pages.Count} pages:\n{string.Join("\n", problems)}");
    }
}
