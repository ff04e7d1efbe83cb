using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>A first run's demo on the real clock: the host creates the demo jurisdictions and plays the plugin's demo.</summary>
public sealed class DemoHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync([InstituteBranchPlanHost.PluginId], "--Modular:SeedDemoData=true", $"--Modular:DemoPassword={TestHost.Password}");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The demo plays through the plugin's own rules (a refused act stops the host's start) and leaves a believable autumn.</summary>
public sealed class DemoTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    private const string Api = $"/api/j/ciomp-grating/{InstituteBranchPlanHost.PluginId}";

    [Fact]
    public async Task The_grating_lab_runs_the_plan_this_year_with_plans_on_time_late_and_missing_and_suggestions_answered_or_not()
    {
        var office = await fixture.Host.ApiClientAsync("ciomp-grating-admin");
        var thisYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        // The demo plays what has happened by today in the document's calendar (from 08-28): before the plans' late ones are in, less to see.
        if (today < new DateOnly(thisYear, 9, 25)) return;
        var lines = (await office.GetFromJsonAsync<JsonElement>($"{Api}/personal-plans")).EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray()).ToList();
        Assert.True(lines.Count >= 15, $"{lines.Count} members");
        var states = lines.GroupBy(l => l.GetProperty("state").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(states.GetValueOrDefault("Done") > states.GetValueOrDefault("Late"), string.Join(", ", states));
        Assert.True(states.GetValueOrDefault("Late") > 0 && states.GetValueOrDefault("Missed") > 0, string.Join(", ", states));
        Assert.All(lines.Where(l => l.GetProperty("handedInOn").ValueKind == JsonValueKind.String),
            l => Assert.Equal(thisYear, DateOnly.Parse(l.GetProperty("handedInOn").GetString()!).Year));

        var suggestions = (await office.GetFromJsonAsync<JsonElement>($"{Api}/suggestions")).EnumerateArray().SelectMany(b => b.GetProperty("suggestions").EnumerateArray()).ToList();
        Assert.Contains(suggestions, s => s.GetProperty("suggestion").GetProperty("reply").ValueKind == JsonValueKind.String);
        Assert.Contains(suggestions, s => s.GetProperty("suggestion").GetProperty("reply").ValueKind == JsonValueKind.Null);
        var group = await office.GetFromJsonAsync<JsonElement>($"{Api}/branches/{lines[0].GetProperty("branchId").GetInt64()}/leading-group");
        Assert.True(group.GetProperty("recorded").GetBoolean());

        // Later in the year (the demo plays only what has happened by today): an October check with members on the rectification
        // list (one closed in November), the branch's first draft at the end of November, the first reports.
        if (today < new DateOnly(thisYear, 12, 3)) return;
        var oversight = (await office.GetFromJsonAsync<JsonElement>($"{Api}/oversight")).EnumerateArray().First();
        Assert.NotEmpty(oversight.GetProperty("checks").EnumerateArray());
        var statuses = oversight.GetProperty("rectifications").EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.Contains("Done", statuses);
        var summary = await office.GetFromJsonAsync<JsonElement>($"{Api}/summary/branches/{lines[0].GetProperty("branchId").GetInt64()}");
        Assert.Equal(JsonValueKind.Object, summary.GetProperty("document").ValueKind);
        var reports = (await office.GetFromJsonAsync<JsonElement>($"{Api}/summary/reports")).EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray()).ToList();
        Assert.Contains(reports, r => r.GetProperty("report").ValueKind == JsonValueKind.Object);
        Assert.Contains(reports, r => r.GetProperty("report").ValueKind == JsonValueKind.Null);
    }
}
