using System.Net;
using System.Text.RegularExpressions;
using Modular.Testing.Browser;
using Modular.Tests.Security;

namespace Modular.Tests.Host;

/// <summary>
/// <c>/api/docs</c>: the API reference script writers read, built from the OpenAPI document, that loads nothing from the
/// internet (an intranet deployment has none): its script comes from the host and it asks for no web fonts.
/// </summary>
public sealed partial class ApiReferenceTests(BareHost shared) : IClassFixture<BareHost>
{
    [Fact]
    public async Task The_reference_reads_the_hosts_OpenAPI_document_and_loads_everything_from_the_host()
    {
        var host = shared.Host;
        var bare = await host.Anonymous.GetAsync("/api/docs");                   // the address as typed, to the page's own (its script is relative)
        Assert.True((int)bare.StatusCode is >= 301 and <= 308, $"{(int)bare.StatusCode}");
        Assert.Equal("/api/docs/", new Uri(new Uri(host.BaseAddress, "/api/docs"), bare.Headers.Location!).AbsolutePath);
        var page = await host.Anonymous.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Modular API", html);
        Assert.Contains("openapi/v1.json", html);
        Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", html);   // no script, style or font from another site
        Assert.DoesNotContain("fonts.scalar.com", html);

        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var js = await host.Anonymous.GetAsync(new Uri(new Uri(host.BaseAddress, "/api/docs/"), script));
            Assert.True(js.StatusCode == HttpStatusCode.OK, $"{script}: {(int)js.StatusCode}");
        }
        var document = await host.Anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
    }

    [Fact]
    public async Task In_chromium_it_lists_the_api_and_asks_nothing_of_another_site()
    {
        await using var chromium = await ChromiumBrowser.StartAsync();
        var page = await chromium.Browser.NewPageAsync(new() { BaseURL = shared.Host.BaseAddress.ToString() });
        var requested = new System.Collections.Concurrent.ConcurrentBag<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync("/api/docs/");
        await Microsoft.Playwright.Assertions.Expect(page.GetByText("/api/auth/login").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Chromium.ShotAsync(page, "api-docs");
        Assert.Contains(requested, url => new Uri(url).AbsolutePath == "/openapi/v1.json");
        Assert.All(requested, url => Assert.StartsWith(shared.Host.BaseAddress.GetLeftPart(UriPartial.Authority), url));
    }

    [Fact]
    public async Task The_platform_admins_plugin_page_links_to_it()
    {
        var admin = await shared.Host.BrowserClientAsync(TestHost.PlatformAdmin);
        Assert.Contains("href=\"/api/docs/\"", await admin.GetStringAsync("/admin/plugins"));
    }

    [GeneratedRegex(@"<script[^>]*\bsrc\s*=\s*""([^""]+)""")]
    private static partial Regex ScriptSource();
}
