using Microsoft.Playwright;

namespace Modular.Testing.Browser;

/// <summary>
/// The machine's Chromium (<c>/usr/bin/chromium</c>, <c>scripts/ensure-prerequisites.sh --browser</c> installs it) driven by
/// Playwright, nothing downloaded; signed in as someone; and what the browser tests ask of every page: screenshots a person
/// can look at (<c>artifacts/screenshots</c>, when <see cref="KeepScreenshots"/>), and whether it reads well at the width. <see cref="TwoWidths"/> puts these
/// together for a list of pages.
/// </summary>
public static class Chromium
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
            if (await ReachesAsync(page, url => !url.Contains("/account/login"), TimeSpan.FromSeconds(30))) break;
            if (attempt == 3) throw new TimeoutException($"Still on the sign-in page after {attempt} tries: {await page.InnerTextAsync("main")}");
        }
        return page;
    }

    /// <summary>
    /// Clicks a form's submit button and waits until the page's address says what was done (<c>done=saved</c>). A click lost
    /// before the page is live (the suite saturates both cores) sends no request: then it clicks again, up to three times,
    /// never after a request went out. When the address never says so, fails with what the page showed: the form's errors
    /// say why it was refused.
    /// </summary>
    public static async Task SubmitAsync(ILocator button, string done)
    {
        var page = button.Page;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.RunAndWaitForRequestAsync(() => button.ClickAsync(), r => r.Method == "POST", new() { Timeout = 20_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
        if (!await ReachesAsync(page, url => url.Contains(done, StringComparison.Ordinal), TimeSpan.FromSeconds(90)))
            throw new TimeoutException($"The form did not answer {done}; the page is {page.Url}: {await page.InnerTextAsync("main")}");
    }

    /// <summary>
    /// Whether the page's address comes to satisfy <paramref name="wanted"/> within <paramref name="limit"/>, its document
    /// then loaded. Watched here, not with <c>WaitForURLAsync</c>: when the answer has already arrived, Playwright waits for a
    /// navigation or load state that an already-shown page never reaches again (runs hung 90 s on pages that said done, with
    /// <c>Commit</c> and with <c>DOMContentLoaded</c> alike). The address is current once a navigation commits; then the
    /// document is asked whether it is parsed.
    /// </summary>
    private static async Task<bool> ReachesAsync(IPage page, Func<string, bool> wanted, TimeSpan limit)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!wanted(page.Url) || !await ParsedAsync(page))
        {
            if (watch.Elapsed > limit) return false;
            await Task.Delay(50);
        }
        return true;
    }

    // The document's own word that it is parsed. Not WaitForLoadStateAsync: after a redirect chain it waited 90 s for a
    // DOMContentLoaded of a page whose network had long gone idle. A document replaced while asked is asked again.
    private static async Task<bool> ParsedAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("document.readyState") is "interactive" or "complete";
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether this run keeps its screenshots: <c>MODULAR_SCREENSHOTS=1</c>. A full-page PNG costs more than opening and
    /// checking the page (the party-group's pages at two widths for three roles: 86 s with them, 41 s without), so the
    /// test command takes them only when asked; a page that reads badly is shot whatever this says.
    /// </summary>
    public static bool KeepScreenshots { get; } = Environment.GetEnvironmentVariable("MODULAR_SCREENSHOTS") == "1";

    /// <summary>Keeps the page as <c>artifacts/screenshots/{name}.png</c> when the run keeps screenshots (<see cref="KeepScreenshots"/>).</summary>
    public static Task ShotAsync(IPage page, string name) => KeepScreenshots ? ShotAlwaysAsync(page, name) : Task.CompletedTask;

    internal static Task ShotAlwaysAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>On a phone the menu folds behind a button: open it before clicking an entry.</summary>
    public static async Task OpenMenuAsync(IPage page)
    {
        var toggle = page.Locator("button.menu-toggle");
        if (await toggle.IsVisibleAsync() && await toggle.GetAttributeAsync("aria-expanded") != "true") await toggle.ClickAsync();
    }

    /// <summary>
    /// What is wrong with the page at its current width, in words: the page scrolls sideways, a table squeezes a
    /// cell's text into a strip a character or two wide, a control has no label, or text is too faint for its
    /// background. Empty when it reads well.
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
          // Every control says what it is: a <label>, aria-label(ledby) or a title; a screen reader has nothing else.
          for (const control of document.querySelectorAll('main input:not([type=hidden]):not([type=submit]):not([type=button]), main select, main textarea')) {
            if (control.offsetParent === null) continue;
            const named = control.labels?.length > 0 || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby') || control.title;
            if (!named) { problems.push(`a control without a label: <${control.tagName.toLowerCase()} name="${control.name}">`); break; }
          }
          // Text stands out from its background (WCAG AA: 4.5:1, 3:1 for large text).
          const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3); } return [255, 255, 255]; };
          for (const e of document.querySelectorAll('main *, header *')) {
            if (e.offsetParent === null || e.closest('svg') || ![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const style = getComputedStyle(e);
            const [fg, bg] = [lum(rgb(style.color).slice(0, 3)), lum(background(e))];
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.6 && parseInt(style.fontWeight) >= 700);
            if (ratio < (large ? 3 : 4.5)) { problems.push(`text hard to read (contrast ${ratio.toFixed(1)}:1): "${e.textContent.trim().slice(0, 20)}" in ${e.tagName.toLowerCase()}`); break; }
          }
          return problems;
        }
        """);
}
