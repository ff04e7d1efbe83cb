
namespace Modular.Tests.Crawl;

/// <summary>The demo as it ships: every real plugin, the demo jurisdictions, their accounts and activity.</summary>
/// <remarks>Seeded once for every class of the collection: the demo takes a while to record.</remarks>
public sealed class DemoSiteFixture() : SharedTestHost(PluginFolder.RealPlugins, null, TestHost.DemoArgs);

[CollectionDefinition(Name)]
[RunsLong(260)] // the demo seeded, then every page of every role crawled and opened at two widths
public sealed class DemoSite : ICollectionFixture<DemoSiteFixture>
{
    public const string Name = "demo site";
}

/// <summary>
/// Signs in as every demo role and follows every link it can see from the landing page and its
/// jurisdiction's home (<see cref="SiteCrawler"/>): no empty href, no 5xx, no error page, no link to
/// a page the role may not use, every download 200. The platform admin starts at the landing page.
/// </summary>
[Collection(DemoSite.Name)]
public sealed class CrawlTests(DemoSiteFixture fixture)
{
    private static readonly string[] Jurisdictions = ["nei-mongol", "alxa-league", "alxa-right", "xx-city", "xx-county", "ciomp", "ciomp-grating", "county-gov"];

    public static TheoryData<string> Roles()
    {
        var roles = new TheoryData<string> { "admin" };
        foreach (var code in Jurisdictions)
            foreach (var role in new[] { "admin", "secretary", "member", "auditor" })
                roles.Add($"{code}-{role}");
        return roles;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_link_a_role_sees_works(string userName)
    {
        var browser = await fixture.Host.BrowserClientAsync(userName);
        var crawler = new SiteCrawler(browser, userName);

        // The longest code the user name starts with: ciomp-grating-member is of ciomp-grating, not of ciomp.
        var own = Jurisdictions.Where(c => userName.StartsWith(c + "-", StringComparison.Ordinal)).MaxBy(c => c.Length);
        await crawler.CrawlAsync(own is { } code ? ["/", $"/j/{code}"] : ["/"]);

        Assert.True(crawler.Visited.Count >= 3, $"{userName} reached only {string.Join(", ", crawler.Visited)}");
        Assert.True(crawler.Defects.Count == 0, $"{crawler.Defects.Count} defects in {crawler.Visited.Count} pages:\n{string.Join("\n", crawler.Defects.Take(60))}");
    }

    [Fact]
    public async Task Links_and_redirects_between_a_plugins_pages_keep_the_jurisdiction()
    {
        var office = await fixture.Host.BrowserClientAsync("alxa-right-admin");
        var overview = await office.GetStringAsync("/j/alxa-right/banner-six-ones");
        foreach (var item in new[] { "Education", "Training", "Notes", "Books", "Reports", "Contest" })
            Assert.Contains($"href=\"/j/alxa-right/banner-six-ones/{item}\"", overview);
        Assert.DoesNotContain("href=\"\"", overview);
        var members = await office.GetAsync("/j/alxa-right/banner-six-ones/Dashboard/Members"); // no organization chosen: back to the dashboard
        Assert.Equal("/j/alxa-right/banner-six-ones/Dashboard", members.Headers.Location!.OriginalString);

        // A member has no dashboard scope: the page sends them to their own six (RedirectToPage inside the plugin).
        var member = await fixture.Host.BrowserClientAsync("alxa-right-member");
        var response = await member.GetAsync("/j/alxa-right/banner-six-ones/Dashboard");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/j/alxa-right/banner-six-ones/Dashboard/Mine", response.Headers.Location!.OriginalString);
    }

    /// <summary>
    /// The organization file page is a level below the menu and its downloads one more, where the walk above may stop:
    /// its links are followed here for the office, and the demo's own tree exported and imported again changes nothing.
    /// </summary>
    [Fact]
    public async Task The_office_s_organization_file_page_and_its_downloads_work_and_the_demo_tree_round_trips()
    {
        var office = await fixture.Host.BrowserClientAsync("alxa-right-admin");
        Assert.Contains("href=\"/j/alxa-right/organizations/import\"", await office.GetStringAsync("/j/alxa-right/organizations"));
        var crawler = new SiteCrawler(office, "alxa-right-admin") { MaxPages = 20 };
        var page = await office.GetStringAsync("/j/alxa-right/organizations/import");
        foreach (var href in new[] { "?handler=Template", "?handler=Export&format=xlsx", "?handler=Export&format=csv" })
        {
            Assert.Contains($"href=\"/j/alxa-right/organizations/import{href}\"", page);
            var download = await office.GetAsync("/j/alxa-right/organizations/import" + href);
            Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        }
        await crawler.CrawlAsync("/j/alxa-right/organizations/import");
        Assert.True(crawler.Defects.Count == 0, string.Join("\n", crawler.Defects));

        var api = await fixture.Host.ApiClientAsync("alxa-right-admin");
        var export = await api.GetByteArrayAsync("/api/j/alxa-right/organizations/export?format=xlsx");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(export), "file", "组织信息.xlsx" } };
        var imported = await api.PostAsync("/api/j/alxa-right/organizations/import", form);
        var answer = await imported.Content.ReadAsStringAsync();
        Assert.True(imported.IsSuccessStatusCode, answer);
        var json = System.Text.Json.JsonDocument.Parse(answer).RootElement;
        Assert.Equal((0, 0), (json.GetProperty("added").GetInt32(), json.GetProperty("updated").GetInt32()));
        Assert.True(json.GetProperty("unchanged").GetInt32() > 5, answer);

        // Those who are not the office see no link to it.
        var secretary = await fixture.Host.BrowserClientAsync("alxa-right-secretary");
        Assert.DoesNotContain("/organizations/import", await secretary.GetStringAsync("/j/alxa-right/organizations"));
    }
}
