using System.Net;
using System.Text.RegularExpressions;
using Modular.Identity;

namespace Modular.Tests.Crawl;

/// <summary>
/// Issue 15 item 5: each role is shown only what it may use. In a jurisdiction with both campaign plugins on, every
/// role signs in and follows every link of its menu and of its home (the dashboard): none may answer 403, end at the
/// access-denied or sign-in page, or fail with a 5xx.
/// </summary>
/// <summary>Every real plugin, and one jurisdiction with both campaign plugins on and a person in each role; built once for the class (the tests only read).</summary>
public sealed class MenuSite : IAsyncLifetime
{
    public const string Code = "menus";
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await TestHost.StartAsync(PluginFolder.RealPlugins);
        var j = await TestJurisdiction.CreateAsync(Host, Code, "菜单旗", ["banner-six-ones", "county-five-activities"], """
            菜单旗委 | 党委
              镇党委 | 党委 | 苏木镇/乡镇
                嘎查党支部 | 党支部 | 嘎查/农村
                  - 巴特尔 | 书记
                  - 其其格
                社区党支部 | 党支部 | 社区
                  - 王芳
            """);
        await j.UserAsync($"{Code}-officer", Roles.OrganizationOfficer, j.Org["嘎查党支部"], j.People["巴特尔"]);
        await j.UserAsync($"{Code}-inspector", Roles.Inspector, j.Org["镇党委"]);
        await j.UserAsync($"{Code}-member", Roles.Member, personId: j.People["其其格"]);
        await j.UserAsync($"{Code}-auditor", Roles.Auditor);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed partial class MenuByRoleTests(MenuSite site) : IClassFixture<MenuSite>
{
    private const string Code = MenuSite.Code;

    [Theory]
    [InlineData("admin")]
    [InlineData("officer")]
    [InlineData("inspector")]
    [InlineData("member")]
    [InlineData("auditor")]
    public async Task Every_menu_and_home_link_opens_for_the_role(string role)
    {
        var browser = await site.Host.BrowserClientAsync($"{Code}-{role}");
        var home = await browser.GetStringAsync($"/j/{Code}");
        var menu = Links(Sidebar().Match(home).Value);
        Assert.NotEmpty(menu);
        var defects = new List<string>();
        foreach (var link in menu.Concat(Links(MainContent().Match(home).Value)).Distinct())
            if (await DefectAsync(browser, link) is { } defect) defects.Add($"{role}: {link}: {defect}");
        Assert.True(defects.Count == 0, string.Join("\n", defects));
    }

    [Fact]
    public async Task A_member_s_menu_offers_their_own_work_and_no_office_page()
    {
        var member = await site.Host.BrowserClientAsync($"{Code}-member");
        var sidebar = Sidebar().Match(await member.GetStringAsync($"/j/{Code}")).Value;
        Assert.Contains($"href=\"/j/{Code}/banner-six-ones/Notes\"", sidebar);
        foreach (var office in new[] { "/office/", "/oversight/", "/people", "/organizations", "Contest/Office", "Notes/Inspections", "Notes/YearEnd" })
            Assert.DoesNotContain(office, sidebar, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What is wrong at the end of the link's redirects, or null.</summary>
    private static async Task<string?> DefectAsync(HttpClient browser, string url)
    {
        for (var hops = 0; hops < 5; hops++)
        {
            using var response = await browser.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                url = new Uri(new Uri("http://site" + url), response.Headers.Location!).PathAndQuery;
                if (url.StartsWith("/account/denied", StringComparison.Ordinal)) return "ends at the access-denied page";
                if (url.StartsWith("/account/login", StringComparison.Ordinal)) return "sends a signed-in user to sign in";
                continue;
            }
            return (int)response.StatusCode is 403 or >= 500 || response.StatusCode == HttpStatusCode.NotFound ? $"{(int)response.StatusCode}" : null;
        }
        return "too many redirects";
    }

    private static List<string> Links(string html) =>
        [.. Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["v"].Value)).Where(h => h.StartsWith('/'))];

    [GeneratedRegex(@"<aside class=""sidebar""[^>]*>.*?</aside>", RegexOptions.Singleline)] private static partial Regex Sidebar();
    [GeneratedRegex(@"<main\b.*</main>", RegexOptions.Singleline)] private static partial Regex MainContent();
    [GeneratedRegex(@"<a\b[^>]*\bhref=""(?<v>[^""]*)""")] private static partial Regex Href();
}
