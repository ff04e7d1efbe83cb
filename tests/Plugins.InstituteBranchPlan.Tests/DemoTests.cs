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
    public async Task The_grating_lab_studied_with_some_sessions_flagged_and_members_with_and_without_their_notes()
    {
        var office = await fixture.Host.ApiClientAsync("ciomp-grating-admin");
        var thisYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var study = (await office.GetFromJsonAsync<JsonElement>($"{Api}/study")).EnumerateArray().ToList();
        var sessions = study.SelectMany(b => b.GetProperty("sessions").EnumerateArray()).ToList();
        Assert.Contains(sessions, s => s.GetProperty("kind").GetString() == "Mobilization");
        Assert.Contains(sessions, s => s.GetProperty("flagged").GetBoolean());
        Assert.Contains(sessions, s => !s.GetProperty("flagged").GetBoolean());
        Assert.Contains(sessions, s => s.GetProperty("attendance").EnumerateArray().Any(a => !a.GetProperty("attended").GetBoolean() && a.GetProperty("absenceReason").GetString()!.Length > 0));
        Assert.All(sessions, s => Assert.Equal(thisYear, DateOnly.Parse(s.GetProperty("heldOn").GetString()!).Year));
        Assert.True(study.Sum(b => b.GetProperty("readingsCovered").GetInt32()) >= 2);

        var members = (await office.GetFromJsonAsync<JsonElement>($"{Api}/reading-notes")).EnumerateArray().SelectMany(b => b.GetProperty("members").EnumerateArray()).ToList();
        Assert.Contains(members, m => m.GetProperty("short").GetBoolean());
        Assert.Contains(members, m => !m.GetProperty("short").GetBoolean());
        var states = members.Select(m => m.GetProperty("reflections").GetProperty("state").GetString()).ToHashSet();
        Assert.Contains("Done", states);
    }
}
