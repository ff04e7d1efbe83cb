using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// The contest is seen only where it is on and only by its own jurisdiction: another county's users get
/// 404 on every endpoint, and a banner with six-ones on and this plugin off sees none of it.
/// </summary>
public sealed class CountyIsolationTests(CountyAndSixOnesHost fixture) : IClassFixture<CountyAndSixOnesHost>
{
    /// <summary>Every GET/POST/PUT/DELETE the plugin maps, with the route's parameters filled in, for a jurisdiction code.</summary>
    private List<(string Method, string Url)> PluginEndpoints(string code)
    {
        var endpoints = fixture.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.Contains($"/{CountyHost.PluginId}") || raw.StartsWith($"j/{{jurisdiction}}/{CountyHost.PluginId}")));
        var result = new List<(string, string)>();
        foreach (var e in endpoints)
        {
            var url = "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "jurisdiction" } => code,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "subject" } => "people",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "round" } => "2011",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                _ => "",
            }))));
            foreach (var method in e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                result.Add((method, url));
        }
        return [.. result.Distinct()];
    }

    private static async Task<List<string>> NotFoundEverywhereAsync(HttpClient client, IEnumerable<(string Method, string Url)> targets)
    {
        var leaks = new List<string>();
        foreach (var (method, url) in targets)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT") request.Content = JsonContent.Create(new { heldOn = "2010-05-10", body = "x", title = "x", version = 1 });
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{method} {url} → {(int)response.StatusCode}");
        }
        return leaks;
    }

    [Fact]
    public async Task Another_countys_users_get_404_on_every_endpoint_and_change_nothing()
    {
        var victim = await fixture.CreateCountyAsync("iso-victim");
        var intruder = await fixture.CreateCountyAsync("iso-intruder");
        victim.At(2010, 5, 10);
        await victim.OfficeApi.PutAsJsonAsync(victim.Api("/mobilization/county"), new { heldOn = "2010-05-10" }).OkJsonAsync();

        var targets = PluginEndpoints(victim.Code);
        Assert.True(targets.Count >= 40, $"only {targets.Count} endpoints found");
        Assert.Contains(targets, t => t.Url.StartsWith($"/j/{victim.Code}/{CountyHost.PluginId}")); // the pages too
        var leaks = new List<string>();
        foreach (var user in new[] { $"{intruder.Code}-admin", $"{intruder.Code}-secretary", $"{intruder.Code}-member" })
            leaks.AddRange((await NotFoundEverywhereAsync(await intruder.ApiAsAsync(user), targets)).Select(l => $"{user}: {l}"));
        leaks.AddRange((await NotFoundEverywhereAsync(await intruder.BrowserAsAsync($"{intruder.Code}-admin"), targets)).Select(l => $"browser: {l}"));
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));

        var after = await victim.OfficeApi.GetAsync(victim.Api("/mobilization")).OkJsonAsync();
        Assert.Equal("2010-05-10", after.GetProperty("countyMeeting").GetString());
        // The intruder's own county sees its own (empty) record, not the victim's.
        var own = await intruder.OfficeApi.GetAsync(intruder.Api("/mobilization")).OkJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, own.GetProperty("countyMeeting").ValueKind);
    }

    [Fact]
    public async Task A_jurisdiction_with_six_ones_on_and_this_plugin_off_sees_none_of_it()
    {
        var banner = await fixture.CreateCountyAsync("iso-banner", enabled: false);
        await fixture.Host.SetSwitchAsync(banner.Id, "banner-six-ones", enabled: true);
        var targets = PluginEndpoints(banner.Code);
        var leaks = await NotFoundEverywhereAsync(banner.OfficeApi, targets);
        leaks.AddRange((await NotFoundEverywhereAsync(await banner.BrowserAsAsync($"{banner.Code}-admin"), targets)).Select(l => $"browser: {l}"));
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        // Six-ones itself answers there, and the menu shows no entry of this plugin.
        using var sixOnes = await banner.OfficeApi.GetAsync($"/api/j/{banner.Code}/banner-six-ones/me");
        Assert.Equal(HttpStatusCode.OK, sixOnes.StatusCode);
        var browser = await banner.BrowserAsAsync($"{banner.Code}-admin");
        var dashboard = await browser.GetStringAsync($"/j/{banner.Code}");
        Assert.DoesNotContain(CountyHost.PluginId, dashboard);
        Assert.DoesNotContain("创先争优·五项活动", dashboard);
        Assert.DoesNotContain("活动步骤", dashboard);
    }
}
