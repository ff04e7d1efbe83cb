using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The plans, five systems and publicity of the demo: a mix of approved, late and awaiting plans, notices read and unread, scores, reports decided and waiting.</summary>
[Collection(DemoSite.Name)]
public sealed class PlansSystemsDemoTests(DemoSiteFixture fixture)
{
    private static string Api(string path) => $"/api/j/alxa-right/{BannerThirdBatchHost.PluginId}{path}";

    [Fact]
    public async Task The_demo_has_plans_notices_scores_and_reports_in_every_state()
    {
        var office = await fixture.Host.ApiClientAsync("alxa-right-admin");
        var plans = (await office.GetFromJsonAsync<JsonElement>(Api("/plans"))).EnumerateArray().ToList();
        var states = plans.Select(p => p.GetProperty("state").GetString()).ToHashSet();
        Assert.Contains("Approved", states);
        Assert.Contains("Drafting", states);
        Assert.Contains("None", states);
        var dues = plans.Select(p => p.GetProperty("dueState").GetString()).ToHashSet();
        Assert.Contains("Done", dues);
        Assert.Contains("Late", dues);

        var notices = (await office.GetFromJsonAsync<JsonElement>(Api("/systems/notices?pageSize=500"))).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(notices);
        Assert.Contains(notices, n => n.GetProperty("read").GetInt32() < n.GetProperty("addressed").GetInt32());
        Assert.Contains(notices, n => n.GetProperty("read").GetInt32() > 0);
        var assessed = 0;
        for (var year = DateTime.UtcNow.Year - 1; year <= DateTime.UtcNow.Year; year++)
            assessed += (await office.GetFromJsonAsync<JsonElement>(Api($"/systems/assessments?year={year}"))).GetArrayLength();
        Assert.True(assessed > 0);

        var publicity = (await office.GetFromJsonAsync<JsonElement>(Api("/publicity"))).EnumerateArray().Select(r => r.GetProperty("state").GetString()).ToList();
        Assert.Contains("Selected", publicity);
        Assert.Contains("Returned", publicity);
        Assert.Contains("Reported", publicity);
    }
}
