using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>The demo's measures of sections 三 and 四 (issue 19): problems found and rectified, done, open and overdue.</summary>
[Collection(SixOnesDemoCollection.Name)]
public sealed class MeasuresDemoTests(SixOnesDemoFixture fixture)
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

    [Fact]
    public async Task Members_took_training_drills_and_secondments_and_some_organizations_none()
    {
        var records = (await GetAsync(Office, "/capacity")).Items().ToList();
        Assert.True(records.Count >= 30, $"{records.Count} records");
        foreach (var kind in new[] { "Training", "PostDrill", "Secondment" }) Assert.Contains(records, r => r.GetProperty("kind").GetString() == kind);
        var branches = (await GetAsync(Office, "/capacity/overview")).GetProperty("organizations").Items().Where(t => t.GetProperty("members").GetInt32() > 0).ToList();
        Assert.Contains(branches, t => t.GetProperty("total").GetInt32() == 0);
        Assert.True(branches.Count(t => t.GetProperty("total").GetInt32() > 0) > branches.Count / 2);
        Assert.NotEmpty((await GetAsync("alxa-right-member", "/capacity")).Items());
    }
}

/// <summary>The demo's 大讨论 and 奖惩.</summary>
[Collection(SixOnesDemoCollection.Name)]
public sealed class DiscussionAwardsDemoTests(SixOnesDemoFixture fixture)
{
    private const string Office = "alxa-right-admin", Member = "alxa-right-member";

    private async Task<JsonElement> GetAsync(string user, string path) =>
        await (await fixture.Host.ApiClientAsync(user)).GetAsync($"/api/j/alxa-right/banner-six-ones{path}").OkJsonAsync();

    [Fact]
    public async Task Most_members_posted_in_the_discussion_and_the_office_honoured_some_on_the_first_of_july()
    {
        var topic = (await GetAsync(Office, "/discussions")).Items().Single();
        Assert.True(topic.GetProperty("contributions").GetInt32() > 100);
        var view = await GetAsync(Office, $"/discussions/{topic.GetProperty("id").GetInt64()}");
        Assert.Contains(view.GetProperty("participation").Items(), p => p.GetProperty("spoken").GetInt32() > 0);
        Assert.NotEqual(JsonValueKind.Null, (await GetAsync(Member, $"/discussions/{topic.GetProperty("id").GetInt64()}")).GetProperty("mine").ValueKind);

        var awards = (await GetAsync(Office, "/awards")).Items().ToList();
        Assert.Contains(awards, a => a.GetProperty("title").GetString() == "先进基层党组织");
        Assert.Contains((await GetAsync(Member, "/awards")).Items(), a => a.GetProperty("title").GetString() == "优秀共产党员");
    }
}
