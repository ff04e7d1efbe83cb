using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.Host;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Host;

/// <summary>
/// Issue 11 item 13: the calendar feed's address never comes from the request's Host header (whoever sends the
/// request chooses it). It is Modular:PublicBaseUrl when set, else the address the host listens on.
/// </summary>
public sealed partial class PublicBaseUrlTests
{
    /// <summary>A jurisdiction whose admin is linked to a person of its roster (the calendar page subscribes the user's own person).</summary>
    private static async Task<(HttpClient Admin, long Person)> LinkedAdminAsync(TestHost host, string code)
    {
        var jurisdiction = await host.CreateJurisdictionAsync(code, code + "旗");
        var admin = await host.ApiClientAsync($"{code}-admin");
        var branch = await RosterSetup.OrganizationAsync(admin, code, "第一党支部", "党支部", null, null);
        var person = await RosterSetup.PersonAsync(admin, code, "其其格", branch, leadingCadre: false);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/j/{code}/person-accounts", new { userId = me.GetProperty("id").GetInt32(), personId = person })).StatusCode);
        return (admin, person);
    }

    private static async Task<string> FeedUrlAsync(HttpClient client, string code, long person)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/j/{code}/calendar-tokens") { Content = JsonContent.Create(new { personId = person }) };
        request.Headers.Host = "evil.example";
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
    }

    [GeneratedRegex("class=\"feed-url\" type=\"text\" readonly value=\"([^\"]+)\"")]
    private static partial Regex FeedOnPage();

    [Fact]
    public async Task Unset_the_feed_address_is_the_one_the_host_listens_on_whatever_the_Host_header_says()
    {
        await using var host = await TestHost.StartAsync([]);
        var (admin, person) = await LinkedAdminAsync(host, "feed-default");
        var listening = host.BaseAddress.GetLeftPart(UriPartial.Authority); // http://127.0.0.1:<port>

        var url = await FeedUrlAsync(admin, "feed-default", person);
        Assert.StartsWith($"{listening}/ics/", url);
        Assert.DoesNotContain("evil.example", url);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync(new Uri(url).AbsolutePath)).StatusCode);

        // The calendar page's subscription, asked for under the spoofed name, gives the same kind of address.
        var browser = await host.BrowserClientAsync("feed-default-admin");
        browser.DefaultRequestHeaders.Host = "evil.example";
        var page = await TestHost.SubmitFormAsync(browser, "/j/feed-default/calendar", new(), "/j/feed-default/calendar?handler=Subscribe");
        var html = await page.Content.ReadAsStringAsync();
        Assert.StartsWith($"{listening}/ics/", FeedOnPage().Match(html).Groups[1].Value);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task Set_the_feed_address_is_under_the_configured_public_base_url()
    {
        await using var host = await TestHost.StartAsync([], "--Modular:PublicBaseUrl=https://dangjian.example.org/modular/");
        var (admin, person) = await LinkedAdminAsync(host, "feed-set");

        var url = await FeedUrlAsync(admin, "feed-set", person);
        Assert.Matches("^https://dangjian\\.example\\.org/modular/ics/[A-Za-z0-9_-]{43}\\.ics$", url);
    }

    [Fact]
    public async Task A_public_base_url_that_is_not_an_absolute_http_address_stops_the_start_naming_the_setting()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ModularApp.BuildAsync(["--Modular:PublicBaseUrl=evil.example/modular"]));
        Assert.Contains("Modular:PublicBaseUrl", refused.Message);
        Assert.Contains("evil.example/modular", refused.Message);
    }
}
