using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The oversight demo: a leading group with a flag, groups with gaps in coverage, visits and follow-ups in every state, checklists part-way.</summary>
[Collection(DemoSite.Name)]
public sealed class OversightDemoTests(DemoSiteFixture fixture)
{
    private async Task<JsonElement> GetAsync(string path) =>
        await (await fixture.Host.ApiClientAsync("alxa-right-admin")).GetAsync($"/api/j/alxa-right/banner-third-batch{path}").OkJsonAsync();

    [Fact]
    public async Task The_demo_shows_oversight_with_done_late_and_missing_work()
    {
        var group = await GetAsync("/leading-group");
        Assert.True(group.GetProperty("recorded").GetBoolean());
        Assert.NotEqual(0, group.GetProperty("withoutLiaison").GetArrayLength());
        var coverage = await GetAsync("/guidance/coverage");
        Assert.NotEqual(0, coverage.GetProperty("withoutBannerGroup").GetArrayLength());
        Assert.NotEqual(0, coverage.GetProperty("withoutTownGroup").GetArrayLength());
        Assert.True(coverage.GetProperty("banner").EnumerateArray().Count(f => f.GetProperty("done").GetInt32() == 1) > 10);
        Assert.True((await GetAsync("/visits")).GetProperty("total").GetInt32() > 10);
        var byUnit = (await GetAsync("/follow-ups/by-unit")).EnumerateArray().ToList();
        Assert.True(byUnit.Sum(u => u.GetProperty("closed").GetInt32()) > 0);
        Assert.True(byUnit.Sum(u => u.GetProperty("closedLate").GetInt32()) > 0);
        Assert.True(byUnit.Sum(u => u.GetProperty("open").GetInt32() + u.GetProperty("overdue").GetInt32()) > 0);
        var checklist = (await GetAsync("/checklist")).EnumerateArray().ToList();
        Assert.Contains(checklist, r => r.GetProperty("verified").GetInt32() == 8);
        Assert.Contains(checklist, r => r.GetProperty("reported").GetInt32() == 0);
        Assert.Contains(checklist, r => r.GetProperty("openGaps").GetInt32() > 0);
        var obligations = await (await fixture.Host.ApiClientAsync("alxa-right-admin")).GetAsync("/api/j/alxa-right/obligations?type=banner-third-batch.guidance&pageSize=100").OkJsonAsync();
        var statuses = obligations.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("status").GetString()).ToList();
        Assert.Contains("done", statuses);
    }
}
