using Microsoft.Playwright;

namespace Modular.Tests.Browser;

/// <summary>
/// The machine's Chromium driven by Playwright (nothing downloaded), signed in as someone, and what the
/// browser tests ask of every page: screenshots a person can look at, and whether it fits the width.
/// </summary>
internal static class Chromium
{
    public static readonly string Screenshots = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
    public const int PhoneWidth = 390, PhoneHeight = 844, DesktopWidth = 1366, DesktopHeight = 768;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Directory.CreateDirectory(Screenshots);
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri host, string userName, int width = 1280, int height = 800)
    {
        var page = await browser.NewPageAsync(new() { BaseURL = host.ToString(), ViewportSize = new() { Width = width, Height = height } });
        page.SetDefaultTimeout(90_000); // the whole suite shares two cores with this browser
        Assertions.SetDefaultExpectTimeout(90_000);
        // Under the full suite this machine's two cores are saturated and a click can be lost before the
        // form is live: try the sign-in up to three times, and say what the page showed if it never leaves.
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/account/login");
            await page.FillAsync("input[name=UserName]", userName);
            await page.FillAsync("input[name=Password]", TestHost.Password);
            await page.ClickAsync("main button[type=submit]");
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"Still on the sign-in page after {attempt} tries: {await page.InnerTextAsync("main")}", ex);
            }
        }
        return page;
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>On a phone the menu folds behind a button: open it before clicking an entry.</summary>
    public static async Task OpenMenuAsync(IPage page)
    {
        var toggle = page.Locator("button.menu-toggle");
        if (await toggle.IsVisibleAsync() && await toggle.GetAttributeAsync("aria-expanded") != "true") await toggle.ClickAsync();
    }

    /// <summary>
    /// What is wrong with the page at its current width, in words: the page scrolls sideways, or a table
    /// squeezes a cell's text into a strip a character or two wide. Empty when it reads well.
    /// </summary>
    public static Task<string[]> LayoutProblemsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const problems = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > window.innerWidth + 1) {
            const wide = [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll, table.data'))
              .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class').split(' ').join('.') : ''));
            problems.push(`scrolls sideways: ${doc.scrollWidth} px wide at ${window.innerWidth} px (${wide.join(', ')})`);
          }
          const main = document.querySelector('main');
          if (main && main.scrollWidth > main.clientWidth + 1) {
            const wide = [...main.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > main.getBoundingClientRect().right + 1 && !e.closest('.table-scroll, table.data'))
              .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class').split(' ').join('.') : ''));
            problems.push(`the page's content scrolls sideways: ${main.scrollWidth} px in ${main.clientWidth} px (${wide.join(', ')})`);
          }
          const em = parseFloat(getComputedStyle(document.body).fontSize);
          for (const cell of document.querySelectorAll('main td, main th')) {
            const text = cell.innerText.trim();
            if (text.length < 4 || cell.offsetParent === null || cell.closest('.chart-figures')) continue; // a chart's table for screen readers is meant to be 1 px
            if (cell.clientWidth < 2.6 * em && cell.clientHeight > 3 * em) {
              problems.push(`a cell squeezed to ${cell.clientWidth} px: "${text.slice(0, 20)}"`);
              break;
            }
          }
          return problems;
        }
        """);
}
