using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>A first run's demo on the real clock: the host creates the demo jurisdictions and plays the plugin's demo.</summary>
public sealed class DemoHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync([PartyGroupStudyHost.PluginId], "--Modular:SeedDemoData=true", $"--Modular:DemoPassword={TestHost.Password}");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The demo plays through the plugin's own rules (a refused act stops the host's start) in this year's stages.</summary>
public sealed class DemoTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    private static string Api(string path) => $"/api/j/county-gov/{PartyGroupStudyHost.PluginId}{path}";

    [Fact]
    public async Task The_county_government_s_party_group_runs_the_campaign_this_year()
    {
        var office = await fixture.Host.ApiClientAsync("county-gov-admin");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var group = await office.GetFromJsonAsync<JsonElement>(Api("/leading-group"));
        if (today < new DateOnly(today.Year, 3, 1))
        {
            Assert.False(group.GetProperty("recorded").GetBoolean()); // the campaign has not begun this year
            return;
        }
        Assert.True(group.GetProperty("recorded").GetBoolean());
        Assert.InRange(group.GetProperty("seats").GetArrayLength(), 7, 14);
        var visits = await office.GetFromJsonAsync<JsonElement>(Api("/guidance-visits?pageSize=500"));
        Assert.All(visits.GetProperty("items").EnumerateArray(), v => Assert.Equal(today.Year, DateOnly.Parse(v.GetProperty("visitedOn").GetString()!).Year));
        // Some units visited, at least one not yet: the page has a gap to show.
        var coverage = (await office.GetFromJsonAsync<JsonElement>(Api("/guidance-visits/coverage"))).EnumerateArray().ToList();
        Assert.Contains(coverage, m => m.GetProperty("unitsVisited").GetInt32() > 0);
        if (today >= new DateOnly(today.Year, 6, 30))
            Assert.Contains(coverage, m => m.GetProperty("unitsVisited").GetInt32() < m.GetProperty("units").GetArrayLength());

        // Stage 1 once over: a mix of done, late and missing in each of its items.
        if (today <= new DateOnly(today.Year, 4, 25)) return;
        static List<string?> States(JsonElement overview) => [.. overview.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("state").GetString())];
        var hours = States(await office.GetFromJsonAsync<JsonElement>(Api("/study")));
        Assert.Contains("Done", hours);
        Assert.Contains("Missed", hours);
        var notes = States(await office.GetFromJsonAsync<JsonElement>(Api("/reading-notes")));
        Assert.Contains("Done", notes);
        Assert.Contains("Missed", notes);
        var research = States(await office.GetFromJsonAsync<JsonElement>(Api("/research")));
        Assert.Contains("Done", research);
        Assert.Contains("Late", research);
        Assert.Contains("Missed", research);
        var discussion = await office.GetFromJsonAsync<JsonElement>(Api("/discussions"));
        Assert.Contains("Missed", States(discussion));
        Assert.Single(discussion.GetProperty("discussions").EnumerateArray());
        // Stage 2 played: most pairs talked (two never did), the group's report evaluated and submitted up, a report never finalized.
        if (today < new DateOnly(today.Year, 5, 20)) return;
        var talks = await office.GetFromJsonAsync<JsonElement>(Api("/talks"));
        Assert.Equal(talks.GetProperty("requiredPairs").GetInt32() - 2, talks.GetProperty("pairsHeld").GetInt32());
        var report = await office.GetFromJsonAsync<JsonElement>(Api("/group-report"));
        Assert.NotNull(report.GetProperty("submittedOn").GetString());
        Assert.Equal(50, report.GetProperty("evaluation").GetProperty("responses").GetInt32());
        var reports = (await office.GetFromJsonAsync<JsonElement>(Api("/personal-reports"))).EnumerateArray().ToList();
        Assert.Contains(reports, r => r.GetProperty("finalOn").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Stage_three_has_items_done_on_time_late_and_not_the_survey_published_and_the_report_sent_up()
    {
        var office = await fixture.Host.ApiClientAsync("county-gov-admin");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        if (today <= new DateOnly(today.Year, 8, 20)) return; // the stage's acts play only once their days have passed
        var plan = await office.GetFromJsonAsync<JsonElement>(Api("/rectification"));
        Assert.NotEqual(JsonValueKind.Null, plan.GetProperty("plan").GetProperty("publishedOn").ValueKind);
        var states = plan.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("state").GetString()).ToList();
        Assert.Contains("OnTime", states);
        Assert.Contains("Late", states);
        Assert.Contains("Overdue", states);
        Assert.Equal(2, plan.GetProperty("opinions").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, (await office.GetFromJsonAsync<JsonElement>(Api("/survey"))).GetProperty("publishedOn").ValueKind);
        Assert.Equal(3, (await office.GetFromJsonAsync<JsonElement>(Api("/mechanisms"))).GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, (await office.GetFromJsonAsync<JsonElement>(Api("/summary-report"))).GetProperty("submittedOn").ValueKind);
    }
}
