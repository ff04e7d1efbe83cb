using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>The demo's measures of sections 三 and 四 (issue 19): problems found and rectified, done, open and overdue.</summary>
public sealed class MeasuresDemoTests(SixOnesDemoFixture fixture) : IClassFixture<SixOnesDemoFixture>
{
    private const string Office = "alxa-right-admin";

    private async Task<JsonElement> GetAsync(string user, string path) =>
        await (await fixture.Host.ApiClientAsync(user)).GetAsync($"/api/j/alxa-right/banner-six-ones{path}").OkJsonAsync();

    [Fact]
    public async Task Branches_found_problems_and_put_most_right()
    {
        var problems = (await GetAsync(Office, "/problems")).Items().ToList();
        Assert.True(problems.Count >= 20, $"{problems.Count} problems");
        Assert.True(problems.Count(p => p.GetProperty("status").GetString() == "Done") > problems.Count / 2);
        Assert.Contains(problems, p => p.GetProperty("status").GetString() != "Done");
        var overview = (await GetAsync(Office, "/problems/overview")).Items().ToList();
        Assert.True(overview.Count(t => t.GetProperty("done").GetInt32() > 0) >= 5);
    }
}
