using System.Net;
using System.Text.RegularExpressions;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// The SDK's charts on the six-ones pages: the office dashboard's bars per unit, each a link one level down
/// (banner → town → branch's members), its month trend, who sees which rows, and progress bars read aloud.
/// </summary>
public sealed class DashboardChartsTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static string Link(string href, string text) => $"<a href=\"{href}\">{text}</a>";

    [Fact]
    public async Task The_office_dashboard_charts_each_unit_with_a_link_one_level_down_to_the_members_and_a_month_trend()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 8, 1, 9); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("chart-a");
        var office = await b.BrowserAsAsync($"{b.Code}-admin");

        var banner = await office.GetStringAsync(b.Page("/Dashboard"));
        Assert.Contains("class=\"chart stacked-bars\"", banner);
        Assert.Contains(Link(b.Page($"/Dashboard?organization={b.Town}"), "雅布赖镇党委"), banner);
        Assert.Contains(Link(b.Page($"/Dashboard?organization={b.Organs}"), "旗直机关工委"), banner);
        Assert.Matches("aria-label=\"雅布赖镇党委：已完成 \\d，进行中 \\d，逾期 \\d，未到期 \\d\"", banner);
        // The trend: one point a month from the campaign's start (05-05) to the figures' day, one line per item.
        Assert.Contains("class=\"chart trend\"", banner);
        Assert.Contains("<th>5月</th>", banner);
        Assert.Contains("<th>8月</th>", banner);
        Assert.DoesNotContain("<th>9月</th>", banner);
        Assert.Contains("<tr><th>3. 每日学习笔记</th>", banner);

        // One level down: the town's branches, which have no units under them, lead to their members.
        var town = await office.GetStringAsync(b.Page($"/Dashboard?organization={b.Town}"));
        Assert.Contains(Link(b.Page($"/Dashboard/Members?organization={b.Gacha}"), "巴丹吉林嘎查党支部"), town);
        Assert.Contains(Link(b.Page($"/Dashboard/Members?organization={b.Community}"), "雅布赖社区党支部"), town);
        Assert.DoesNotContain("旗直机关工委", town);
        var members = await office.GetStringAsync(b.Page($"/Dashboard/Members?organization={b.Gacha}"));
        Assert.Contains("其其格", members);

        var english = await office.GetStringAsync(b.Page("/Dashboard?culture=en"));
        Assert.Contains("<li><span class=\"swatch series-2\"></span>Overdue</li>", english);
        Assert.Contains("<th>Aug</th>", english);
    }

    [Fact]
    public async Task A_branch_secretary_sees_only_their_branch_and_a_town_officer_only_the_towns_branches()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 8, 1, 9);
        var b = await fixture.CreateBannerAsync("chart-b");

        var secretary = await b.BrowserAsAsync($"{b.Code}-secretary");
        var own = await secretary.GetStringAsync(b.Page("/Dashboard"));
        Assert.Contains("巴丹吉林嘎查党支部", own);
        Assert.Contains("class=\"chart trend\"", own); // the branch's own months
        Assert.DoesNotContain("雅布赖社区党支部", own);
        Assert.DoesNotContain($"organization={b.Town}", own); // no way up past the branch
        Assert.DoesNotContain("class=\"chart stacked-bars\"", own); // no units under a branch: its members are a link away
        Assert.Contains(b.Page($"/Dashboard/Members?organization={b.Gacha}"), own);
        foreach (var above in new[] { $"/Dashboard?organization={b.Town}", $"/Dashboard/Members?organization={b.Community}" })
        {
            var refused = await secretary.GetAsync(b.Page(above)); // a browser is sent to the host's "access denied" page
            Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
            Assert.Contains("/account/denied", refused.Headers.Location!.OriginalString);
        }

        var townOfficer = await b.BrowserAsAsync($"{b.Code}-town");
        var town = await townOfficer.GetStringAsync(b.Page("/Dashboard"));
        Assert.Contains(Link(b.Page($"/Dashboard/Members?organization={b.Gacha}"), "巴丹吉林嘎查党支部"), town);
        Assert.Contains(Link(b.Page($"/Dashboard/Members?organization={b.Community}"), "雅布赖社区党支部"), town);
        Assert.DoesNotContain("旗直机关工委", town);
        Assert.DoesNotContain($"organization={b.Finance}", town);
    }

    [Fact]
    public async Task Progress_bars_on_the_pages_are_progressbars_with_their_name_and_figures()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 8, 1, 9);
        var b = await fixture.CreateBannerAsync("chart-c");
        var office = await b.BrowserAsAsync($"{b.Code}-admin");

        // The dashboard's cells: one bar per item, named by it, done of due.
        var dashboard = await office.GetStringAsync(b.Page("/Dashboard"));
        var notes = Regex.Match(dashboard, "role=\"progressbar\" aria-label=\"3. 每日学习笔记\" aria-valuemin=\"0\" aria-valuemax=\"(\\d+)\" aria-valuenow=\"(\\d+)\"");
        Assert.True(notes.Success, "no progressbar for the notes item");
        Assert.True(int.Parse(notes.Groups[1].Value) > 0); // member-days are due by 08-01

        // The year-end list: each member's bar is named after them (the row shows the name once), days written of days due.
        var yearEnd = await office.GetStringAsync(b.Page("/Notes/YearEnd?name=其其格"));
        var line = Regex.Match(yearEnd, "role=\"progressbar\" aria-label=\"其其格的完成率\" aria-valuemin=\"0\" aria-valuemax=\"(\\d+)\" aria-valuenow=\"(\\d+)\">");
        Assert.True(line.Success, "no progressbar for the member's completion");
        Assert.Contains($"{line.Groups[2].Value}/{line.Groups[1].Value}（", yearEnd);
        Assert.Contains("aria-label=\"其其格&#39;s completion\"", await office.GetStringAsync(b.Page("/Notes/YearEnd?name=其其格&culture=en")));

        // Labelled bars: research reports submitted, training coverage against its goal.
        Assert.Matches("role=\"progressbar\" aria-label=\"调研报告评审通过的领导干部\" aria-valuemin=\"0\" aria-valuemax=\"\\d+\" aria-valuenow=\"0\"", await office.GetStringAsync(b.Page("/Reports")));
        Assert.Matches("class=\"progress (met|short)\" role=\"progressbar\" aria-label=\"合计\"", await office.GetStringAsync(b.Page("/Training")));
        Assert.Matches("role=\"progressbar\" aria-label=\"[^\"]+\" aria-valuemin=\"0\"", await office.GetStringAsync(b.Page("/Books")));
    }
}
