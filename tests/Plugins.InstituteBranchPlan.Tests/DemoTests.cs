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
    }

    [Fact]
    public async Task The_grating_lab_closed_its_half_year_evaluation_with_grades_and_has_the_year_end_round_under_way()
    {
        var office = await fixture.Host.ApiClientAsync("ciomp-grating-admin");
        var rounds = (await office.GetFromJsonAsync<JsonElement>($"{Api}/evaluation")).EnumerateArray().ToList();
        var half = rounds.Where(r => r.GetProperty("period").GetString() == "HalfYear").ToList();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        if (today < new DateOnly(today.Year, 7, 15)) return; // the half-year round closes on 07-15: before, it is not over yet
        Assert.Contains(half, r => r.GetProperty("closed").GetBoolean());
        var grades = half.Where(r => r.GetProperty("closed").GetBoolean()).SelectMany(r => r.GetProperty("lines").EnumerateArray())
            .Select(l => l.GetProperty("grade").GetString()).ToList();
        Assert.Contains("excellent", grades);
        Assert.Contains("qualified", grades);
        Assert.Contains("basically-qualified", grades);
        if (today >= new DateOnly(today.Year, 11, 28))
        {
            var yearEnd = rounds.Where(r => r.GetProperty("period").GetString() == "YearEnd" && r.GetProperty("opened").GetBoolean()).ToList();
            Assert.NotEmpty(yearEnd);
            Assert.All(yearEnd, r => Assert.False(r.GetProperty("closed").GetBoolean()));
            var lines = yearEnd.SelectMany(r => r.GetProperty("lines").EnumerateArray()).ToList();
            Assert.Contains(lines, l => l.GetProperty("grade").ValueKind == JsonValueKind.String);   // rated so far
            Assert.Contains(lines, l => l.GetProperty("grade").ValueKind == JsonValueKind.Null);     // not yet
        }
        var honors = await office.GetFromJsonAsync<JsonElement>($"{Api}/commendation/honors");
        Assert.True(honors.GetArrayLength() > 0);
    }
}
