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

    [Fact]
    public async Task The_grating_lab_educates_its_members_most_analyses_are_in_and_it_holds_a_contest_of_each_kind_and_three_model_posts()
    {
        var office = await fixture.Host.ApiClientAsync("ciomp-grating-admin");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var branches = (await office.GetFromJsonAsync<JsonElement>($"{Api}/party-spirit")).EnumerateArray().ToList();
        var lines = branches.SelectMany(b => b.GetProperty("lines").EnumerateArray()).ToList();
        var events = branches.SelectMany(b => b.GetProperty("events").EnumerateArray()).ToList();
        if (today >= new DateOnly(today.Year, 11, 25)) // the demo's last event is on 11-24, its analyses due 11-30, its last contest on 11-16
        {
            Assert.True(events.Count >= 6, $"{events.Count} events");
            Assert.Contains(lines, l => l.GetProperty("reached").GetBoolean());
            Assert.Contains(lines, l => !l.GetProperty("reached").GetBoolean());
            var states = lines.GroupBy(l => l.GetProperty("state").GetString()!).ToDictionary(g => g.Key, g => g.Count());
            Assert.True(states.GetValueOrDefault("Done") > lines.Count / 2, string.Join(", ", states));
            Assert.True(states.GetValueOrDefault("Missed") + states.GetValueOrDefault("Pending") > 0, string.Join(", ", states));
            if (today > new DateOnly(today.Year, 12, 1)) Assert.True(states.GetValueOrDefault("Late") > 0, string.Join(", ", states));

            var contests = (await office.GetFromJsonAsync<JsonElement>($"{Api}/dedication/contests")).EnumerateArray().SelectMany(b => b.GetProperty("contests").EnumerateArray()).ToList();
            Assert.Equal(["Innovation", "PostSkills", "Study"], contests.Select(c => c.GetProperty("kind").GetString()!).Distinct().Order());
            Assert.All(contests, c => Assert.Contains(c.GetProperty("entries").EnumerateArray(), e => e.GetProperty("rank").ValueKind == JsonValueKind.Number));
            var posts = (await office.GetFromJsonAsync<JsonElement>($"{Api}/dedication/model-posts")).EnumerateArray().ToList();
            Assert.Equal(3, posts.Count);
        }
        else Assert.All(events, e => Assert.True(DateOnly.Parse(e.GetProperty("heldOn").GetString()!) <= today));
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
