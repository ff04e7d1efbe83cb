
namespace Modular.Tests.Crawl;

/// <summary>The demo as it ships: every real plugin, the demo jurisdictions, their accounts and activity.</summary>
/// <remarks>Seeded once for every class of the collection: the demo takes a while to record.</remarks>
public sealed class DemoSiteFixture() : SharedTestHost(PluginFolder.RealPlugins, null, TestHost.DemoArgs);

[CollectionDefinition(Name)]
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
    private static readonly string[] Jurisdictions = ["nei-mongol", "alxa-league", "alxa-right", "xx-city", "xx-county", "ciomp-grating", "county-gov"];

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

        await crawler.CrawlAsync(Jurisdictions.FirstOrDefault(c => userName.StartsWith(c + "-", StringComparison.Ordinal)) is { } code ? ["/", $"/j/{code}"] : ["/"]);

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
}
