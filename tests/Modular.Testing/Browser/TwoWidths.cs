using Microsoft.Playwright;

namespace Modular.Testing.Browser;

/// <summary>
/// Pages opened in Chromium at a phone's width (390 × 844) and a desktop's (1366 × 768), signed in as a user, with what
/// <see cref="Chromium.LayoutProblemsAsync"/> finds on each: what a plugin's test project asks of its pages.
/// <code>
/// await using var chromium = await ChromiumBrowser.StartAsync();
/// var problems = await TwoWidths.ProblemsAsync(chromium.Browser, host, "xx-member", ["/j/xx/my-campaign", "/j/xx/my-campaign/Volunteering"]);
/// Assert.True(problems.Count == 0, string.Join("\n", problems));
/// </code>
/// </summary>
public static class TwoWidths
{
    public static readonly (int Width, int Height, string Label)[] Widths =
        [(Chromium.PhoneWidth, Chromium.PhoneHeight, "phone"), (Chromium.DesktopWidth, Chromium.DesktopHeight, "desktop")];

    /// <summary>
    /// Signs <paramref name="userName"/> in (<see cref="TestHost.Password"/>), opens each page at both widths and answers
    /// the problems found, each as "phone /url: …" or "desktop /url: …"; empty when every page reads well. A page that does
    /// not answer 2xx fails the test; one that is not HTML (a download, JSON) is skipped. A page with problems is kept as a
    /// screenshot, <c>artifacts/screenshots/{user}-{phone|desktop}-{slug}.png</c>, and so is every page when the run keeps
    /// screenshots (<c>MODULAR_SCREENSHOTS=1</c>, <see cref="Chromium.KeepScreenshots"/>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IBrowser browser, TestHost host, string userName, IEnumerable<string> urls)
    {
        var page = await Chromium.SignedInPageAsync(browser, host.BaseAddress, userName, Chromium.PhoneWidth, Chromium.PhoneHeight);
        try
        {
            return await ProblemsAsync(page, userName, [.. urls]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// The same on a page already signed in (<see cref="Chromium.SignedInPageAsync"/>), which is left at the desktop's width.
    /// <paramref name="screenshot"/> picks the pages kept as screenshots when the run keeps them (default: every one).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, string userName, IReadOnlyList<string> urls, Func<string, bool>? screenshot = null)
    {
        var problems = new List<string>();
        foreach (var (width, height, label) in Widths)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var url in urls)
            {
                IResponse? response;
                try
                {
                    response = await page.GotoAsync(url);
                }
                catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
                {
                    continue; // a file, not a page
                }
                if (response is null) continue; // the same document (only the #fragment changed)
                Assert.True(response.Ok, $"{label} {url}: {response.Status} at {response.Url}");
                if (response.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html", StringComparison.Ordinal) != true) continue;
                var found = await Chromium.LayoutProblemsAsync(page);
                problems.AddRange(found.Select(problem => $"{label} {url}: {problem}"));
                if (found.Length > 0) await Chromium.ShotAlwaysAsync(page, $"{userName}-{label}-{Slug(url)}"); // to see what is wrong
                else if (screenshot?.Invoke(url) != false) await Chromium.ShotAsync(page, $"{userName}-{label}-{Slug(url)}");
            }
        }
        return problems;
    }

    /// <summary>Fails with every problem listed when <see cref="ProblemsAsync(IBrowser, TestHost, string, IEnumerable{string})"/> finds any.</summary>
    public static async Task AssertReadWellAsync(IBrowser browser, TestHost host, string userName, IReadOnlyCollection<string> urls)
    {
        var problems = await ProblemsAsync(browser, host, userName, urls);
        Assert.True(problems.Count == 0, $"{problems.Count} layout problems in {urls.Count} pages as {userName}:\n{string.Join("\n", problems)}");
    }

    /// <summary>
    /// A file name from a page's address, without /j/{code}: /j/alxa-right/banner-six-ones/Notes → banner-six-ones-Notes,
    /// /j/xx/my-campaign/Volunteering?culture=en → my-campaign-Volunteering-culture-en, /j/xx → home.
    /// </summary>
    public static string Slug(string url)
    {
        var address = url.Split('#')[0].Split('?', 2);
        var parts = address[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var words = (parts is ["j", _, ..] ? parts[2..] : parts).Concat(address.Length > 1 ? address[1].Split('&', '=') : []);
        var slug = string.Join('-', words.Select(w => new string([.. w.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')])));
        return slug.Length > 0 ? slug : "home";
    }
}

/// <summary>
/// Playwright and the machine's Chromium (<see cref="Chromium.LaunchAsync"/>) for a test class: a class fixture
/// (<c>IClassFixture&lt;ChromiumBrowser&gt;</c>), or <c>await using var chromium = await ChromiumBrowser.StartAsync();</c>.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime, IAsyncDisposable
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static async Task<ChromiumBrowser> StartAsync()
    {
        var chromium = new ChromiumBrowser();
        await chromium.InitializeAsync();
        return chromium;
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
