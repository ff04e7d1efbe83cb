using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>A first run's demo of the six-ones plugin on the real clock: 阿拉善右旗's campaign in the current year, recorded so far.</summary>
public sealed class SixOnesDemoFixture() : SharedTestHost([SixOnesHost.PluginId], null, TestHost.DemoArgs);

/// <summary>The demo's test classes read one seeded demo (they only read it): seeding it is most of their time.</summary>
[CollectionDefinition(Name)]
[RunsLong(60)]
public sealed class SixOnesDemoCollection : ICollectionFixture<SixOnesDemoFixture>
{
    public const string Name = "six-ones demo";
}

/// <summary>
/// The six-ones demo (issue 10) on the real clock, read through the API as the banner office, the gacha
/// secretary and the member: the campaign runs this year, and every item shows a mix of done, late and missing.
/// </summary>
[Collection(SixOnesDemoCollection.Name)]
public sealed class SixOnesDemoTests(SixOnesDemoFixture fixture)
{
    private const string Office = "alxa-right-admin", Member = "alxa-right-member";

    private async Task<JsonElement> GetAsync(string user, string path) =>
        await (await fixture.Host.ApiClientAsync(user)).GetAsync($"/api/j/alxa-right/banner-six-ones{path}").OkJsonAsync();

    [Fact]
    public async Task The_office_dashboard_shows_this_years_campaign_with_done_late_and_missing_work_in_every_item()
    {
        var dashboard = await GetAsync(Office, "/dashboard/office");
        var today = DateOnly.Parse(dashboard.GetProperty("asOf").GetString()!);
        Assert.Equal(today >= new DateOnly(today.Year, 5, 5) ? today.Year : today.Year - 1, dashboard.GetProperty("rules").GetProperty("year").GetInt32());
        var totals = dashboard.GetProperty("totals").Items().ToDictionary(t => t.GetProperty("number").GetInt32());
        Assert.Equal(6, totals.Count);
        foreach (var (number, item) in totals)
        {
            var (expected, done) = (item.GetProperty("expected").GetInt32(), item.GetProperty("done").GetInt32());
            Assert.True(done > 0 && done < expected, $"item {number}: {done}/{expected} should be part-way");
            Assert.True(item.GetProperty("doneByMonth").Items().Count(m => m.GetInt32() > 0) >= 1, $"item {number} has nothing to chart");
        }
        // Notes: most members on most days, some missing for good.
        var notes = totals[3];
        var share = notes.GetProperty("done").GetDouble() / notes.GetProperty("expected").GetInt32();
        Assert.InRange(share, 0.65, 0.97);
        Assert.True(notes.GetProperty("overdue").GetInt32() > 0);
        Assert.Equal("Missed", totals[1].GetProperty("state").GetString()); // some organizations never held the education event before 七一
    }

    [Fact]
    public async Task The_office_dashboard_page_charts_its_units_and_every_items_months_with_data()
    {
        var page = await (await fixture.Host.BrowserClientAsync(Office)).GetStringAsync("/j/alxa-right/banner-six-ones/Dashboard");
        // Stacked bars: a row per unit under the banner's committee, each a link one level down.
        var rows = System.Text.RegularExpressions.Regex.Matches(page, "<span class=\"bar-label\"><a href=\"/j/alxa-right/banner-six-ones/Dashboard[^\"]*\\?organization=\\d+\">[^<]+</a></span><span class=\"stack\" role=\"img\"");
        Assert.True(rows.Count >= 2, $"{rows.Count} unit rows in the stacked bars");
        // The trend: a line per item, each with some of it done by a month.
        Assert.Contains("class=\"chart trend\"", page);
        for (var n = 1; n <= 6; n++)
        {
            var line = System.Text.RegularExpressions.Regex.Match(page, $"<tr><th>{n}\\. [^<]+</th>(.*?)</tr>");
            Assert.True(line.Success, $"item {n} has no line in the trend");
            Assert.Matches("<td>[1-9][0-9.]*%</td>", line.Groups[1].Value);
        }
    }

    [Fact]
    public async Task Closed_quarter_inspections_returned_members_and_some_of_the_last_are_still_under_way()
    {
        var year = (await GetAsync(Office, "/dashboard/office")).GetProperty("rules").GetProperty("year").GetInt32();
        var q2 = (await GetAsync(Office, $"/notes/inspections?quarter={year}-Q2")).Items().ToList();
        Assert.All(q2, i => Assert.Equal("Closed", i.GetProperty("status").GetString()));
        Assert.Contains(q2, i => i.GetProperty("returned").GetInt32() > 0);
        Assert.Contains(q2, i => i.GetProperty("accepted").GetInt32() == i.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task Reports_are_reviewed_shortlisted_and_reported_to_the_league_and_the_contest_and_practices_are_published()
    {
        var reports = (await GetAsync(Office, "/reports")).Items().ToList();
        Assert.Contains(reports, r => r.GetProperty("review").GetString() == "评审通过");
        Assert.Contains(reports, r => r.GetProperty("reportedAt").ValueKind != JsonValueKind.Null);
        var league = await fixture.Host.ApiClientAsync("alxa-league-admin");
        var reported = await league.GetAsync("/api/j/alxa-league/blocks/nominations/reported-to-us?plugin=banner-six-ones").OkJsonAsync();
        Assert.True(reported.GetProperty("items").Items().Count() >= 2);

        var contest = (await GetAsync(Office, "/contest/contests")).Items().Single();
        Assert.True(contest.GetProperty("rankingsPublished").GetBoolean());
        Assert.Contains((await GetAsync(Office, "/practices")).Items(), p => p.GetProperty("featured").GetBoolean());
    }

    [Fact]
    public async Task The_member_sees_her_six_this_year_and_writes_only_what_is_hers()
    {
        var mine = (await GetAsync(Member, "/dashboard/mine")).GetProperty("items").Items().ToDictionary(i => i.GetProperty("number").GetInt32());
        Assert.Equal("Done", mine[1].GetProperty("state").GetString());
        Assert.Equal("Done", mine[6].GetProperty("state").GetString());

        var page = await (await fixture.Host.BrowserClientAsync(Member)).GetStringAsync("/j/alxa-right/banner-six-ones/Dashboard/Mine");
        Assert.Contains("/Education\">查看", page); // the organization records item 1; the member only looks
        Assert.DoesNotContain("/Education\">去填写", page);
    }
}
