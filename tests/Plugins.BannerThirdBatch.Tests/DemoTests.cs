using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>A first run's demo on the real clock: the host creates the demo jurisdictions and plays the plugin's demo.</summary>
public sealed class DemoHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync([BannerThirdBatchHost.PluginId], "--Modular:SeedDemoData=true", $"--Modular:DemoPassword={TestHost.Password}");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The demo plays through the plugin's own rules (a refused act stops the host's start) and leaves this year's months to show.</summary>
public sealed class DemoTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task XX_county_runs_the_campaign_this_year_with_the_months_so_far_recorded()
    {
        var office = await fixture.Host.ApiClientAsync("xx-county-admin");
        var months = (await office.GetFromJsonAsync<JsonElement>($"/api/j/xx-county/{BannerThirdBatchHost.PluginId}/volunteering/months")).EnumerateArray().ToList();

        var thisYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year; // XX县's year (Asia/Shanghai): the demo moves the document's year there
        Assert.NotEmpty(months);
        Assert.All(months, m => Assert.Equal(thisYear, DateOnly.Parse(m.GetProperty("month").GetString()!).Year));
        var recorded = await office.GetFromJsonAsync<JsonElement>($"/api/j/xx-county/{BannerThirdBatchHost.PluginId}/volunteering?pageSize=500");
        Assert.All(recorded.GetProperty("items").EnumerateArray(), a => Assert.Equal(thisYear, DateOnly.Parse(a.GetProperty("heldOn").GetString()!).Year));
        Assert.Equal(months.Sum(m => m.GetProperty("held").GetInt32()), recorded.GetProperty("total").GetInt32());
    }
}
