using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The demo's outreach, sessions and assistance: a mix of done and missing for the pages to show.</summary>
[Collection(DemoSite.Name)]
public sealed class UnitWorkDemoTests(DemoSiteFixture fixture)
{
    private static string Api(string path) => $"/api/j/alxa-right/{BannerThirdBatchHost.PluginId}{path}";

    [Fact]
    public async Task The_banner_s_units_reached_most_outgoing_members_trained_most_secretaries_and_helped_their_gacha()
    {
        var office = await fixture.Host.ApiClientAsync("alxa-right-admin");
        var outreach = await office.GetFromJsonAsync<JsonElement>(Api("/outreach"));
        var figures = outreach.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("figure")).Where(f => f.GetProperty("owed").GetInt32() > 0).ToList();
        Assert.NotEmpty(figures);
        Assert.Contains(figures, f => f.GetProperty("done").GetInt32() == f.GetProperty("owed").GetInt32());
        Assert.Contains(figures, f => f.GetProperty("done").GetInt32() < f.GetProperty("owed").GetInt32());

        var sessions = await office.GetFromJsonAsync<JsonElement>(Api("/sessions"));
        Assert.Contains(sessions.GetProperty("secretaries").EnumerateArray(), s => s.GetProperty("trainedOn").ValueKind == JsonValueKind.String);
        Assert.Contains(sessions.GetProperty("secretaries").EnumerateArray(), s => s.GetProperty("trainedOn").ValueKind == JsonValueKind.Null);
        Assert.True(sessions.GetProperty("sessions").GetArrayLength() > 10);

        var assistance = await office.GetFromJsonAsync<JsonElement>(Api("/assistance"));
        Assert.True(assistance.GetProperty("all").GetProperty("yuan").GetDecimal() > 0);

        // 困难嘎查: the started towns marked some, helped some of them and not yet others.
        var struggling = (await office.GetFromJsonAsync<JsonElement>(Api("/struggling"))).GetProperty("all");
        Assert.True(struggling.GetProperty("assisted").GetInt32() > 0);
        Assert.True(struggling.GetProperty("notAssisted").GetInt32() > 0);

        var browser = await fixture.Host.BrowserClientAsync("alxa-right-admin");
        foreach (var page in OutreachTests.Pages.Concat(SessionsTests.Pages).Concat(AssistanceTests.Pages).Append("").Append("/Outreach?page=2"))
            foreach (var culture in new[] { "", "?culture=en" })
            {
                var response = await browser.GetAsync($"/j/alxa-right/{BannerThirdBatchHost.PluginId}{page}{culture}");
                Assert.True(response.IsSuccessStatusCode, $"{page}{culture}: {(int)response.StatusCode}");
            }
    }
}
