using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.Schedules;
using Plugins.BannerSixOnes.Tests;
using Npgsql;

namespace Modular.Tests.Schedules;

/// <summary>
/// The core's pages and feeds show what an enabled plugin owes and records — the six-ones banner on 2011-07-05, two
/// months into its campaign with no note written — without anyone pressing "generate": the member's workbench card,
/// compliance, calendars and the .ics feed agree with the plugin, for the office, a branch secretary and a member.
/// </summary>
[RunsLong(45)]
public sealed partial class PluginObligationsTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private const int DaysMissed = 61;   // 05-05 … 07-04: a note a day, none written
    private const int DaysDueSoon = 8;   // 07-05 … 07-12: today and the reminder days

    private async Task<SixOnesBanner> BannerOnJuly5Async(string code)
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 5, 9); // before signing in: tokens live on the test clock
        return await fixture.CreateBannerAsync(code);
    }

    /// <summary>The page's text with every run of white space as one space.</summary>
    private static string Flat(string html) => Regex.Replace(html, @"\s+", " ");

    private static string Line(JsonElement compliance, string type)
    {
        var line = compliance.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("typeKey").GetString() == type);
        return string.Join(" ", new[] { "total", "done", "late", "missed", "pending" }.Select(k => line.GetProperty(k).GetInt64()));
    }

    [Fact]
    public async Task The_members_workbench_card_lists_the_plugins_overdue_items_and_never_says_nothing_is_due_beside_them()
    {
        var b = await BannerOnJuly5Async("po-card");
        var member = await b.BrowserAsAsync($"{b.Code}-member");

        var workbench = await member.GetStringAsync($"/j/{b.Code}");
        var card = Flat(CardPattern().Match(workbench).Value);
        Assert.Contains($"即将到期 {DaysDueSoon} 项，已逾期 {DaysMissed} 项", card);
        Assert.Contains($"每日学习笔记：已逾期 {DaysMissed} 项 · 2011-05-05 至 2011-07-04", card);
        Assert.Contains($"每日学习笔记：即将到期 {DaysDueSoon} 项 · 2011-07-05 至 2011-07-12", card);
        Assert.DoesNotContain("近期没有待办事项", workbench);
        Assert.Contains("每日学习笔记：逾期", workbench); // the plugin's own card on the same page says the same

        var mine = await (await b.ApiAsAsync($"{b.Code}-member")).GetFromJsonAsync<JsonElement>($"/api/j/{b.Code}/reminders/mine");
        Assert.Equal((DaysMissed, DaysDueSoon), (mine.GetProperty("overdue").GetInt32(), mine.GetProperty("dueSoon").GetInt32()));

        // The branch secretary also sees the branch's own overdue item: its education event, due “7月1日前” (last day 06-30).
        var secretary = Flat(await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetStringAsync($"/j/{b.Code}"));
        Assert.Contains($"已逾期 {DaysMissed + 1} 项", secretary);
        Assert.Contains("党性、党纪教育活动（本组织）：已逾期 1 项 · 2011-06-30", secretary);

        // A note written now is met at once on the card (the plugin records it; nothing waits for a daily run).
        var write = await (await b.ApiAsAsync($"{b.Code}-member")).PostAsJsonAsync(b.Api("/notes"), new { day = "2011-07-04", body = new string('学', 300), hours = 1 });
        Assert.True(write.IsSuccessStatusCode, await write.Content.ReadAsStringAsync());
        Assert.Contains($"已逾期 {DaysMissed - 1} 项", await member.GetStringAsync($"/j/{b.Code}"));
    }

    [Fact]
    public async Task Compliance_counts_the_plugins_obligations_for_the_office_a_secretarys_branch_and_a_members_own()
    {
        var b = await BannerOnJuly5Async("po-comp");

        //                                               total done late missed pending
        var office = await b.OfficeApi.GetFromJsonAsync<JsonElement>($"/api/j/{b.Code}/compliance");
        Assert.Equal(b.Root, office.GetProperty("organization").GetInt64());
        Assert.Equal($"{9 * 241} 0 0 {9 * DaysMissed} {9 * (241 - DaysMissed)}", Line(office, "six-ones.daily-note"));
        Assert.Equal("6 0 0 6 0", Line(office, "six-ones.education")); // every party organization, due before 七一 (06-30)
        Assert.Equal("6 0 0 2 4", Line(office, "six-ones.theory-book")); // two cadres × three quarters, Q2 missed
        var page = await (await b.BrowserAsAsync($"{b.Code}-admin")).GetStringAsync($"/j/{b.Code}/compliance");
        Assert.Contains("每日学习笔记", page);
        Assert.Contains($"{9 * DaysMissed} (", page);
        Assert.DoesNotContain("没有应完成事项", page);

        // The secretary: their branch by default, nothing above it.
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var branch = await secretary.GetFromJsonAsync<JsonElement>($"/api/j/{b.Code}/compliance");
        Assert.Equal(b.Gacha, branch.GetProperty("organization").GetInt64());
        Assert.Equal($"{4 * 241} 0 0 {4 * DaysMissed} {4 * (241 - DaysMissed)}", Line(branch, "six-ones.daily-note"));
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync($"/api/j/{b.Code}/compliance?organization={b.Root}")).StatusCode);
        var branchPage = await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetStringAsync($"/j/{b.Code}/compliance");
        Assert.Contains("巴丹吉林嘎查党支部", branchPage);
        Assert.DoesNotContain("旗财政局党支部", branchPage);

        // The member: their own obligations.
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var own = await member.GetFromJsonAsync<JsonElement>($"/api/j/{b.Code}/compliance");
        Assert.Equal(b.People["其其格"], own.GetProperty("person").GetInt64());
        Assert.Equal($"241 0 0 {DaysMissed} {241 - DaysMissed}", Line(own, "six-ones.daily-note"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/j/{b.Code}/compliance?organization={b.Gacha}")).StatusCode);
        var ownPage = await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync($"/j/{b.Code}/compliance");
        Assert.Contains("完成情况 · 其其格", ownPage);
        Assert.Contains($"{DaysMissed} (", ownPage);
    }

    [Fact]
    public async Task Person_and_organization_calendars_show_the_plugins_deadlines_to_whoever_may_see_them()
    {
        var b = await BannerOnJuly5Async("po-cal");
        var (qiqige, zhang) = (b.People["其其格"], b.People["张伟"]);

        var member = await b.ApiAsAsync($"{b.Code}-member");
        var june = (await member.GetFromJsonAsync<JsonElement[]>($"/api/j/{b.Code}/calendar?person={qiqige}&month=2011-06"))!;
        Assert.Equal(30, june.Length);
        Assert.All(june, i => Assert.Equal(("每日学习笔记", "missed"), (i.GetProperty("title").GetString(), i.GetProperty("status").GetString())));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/j/{b.Code}/calendar?person={zhang}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/j/{b.Code}/calendar?organization={b.Gacha}")).StatusCode);

        // The member's page opens on their own month, and lists what is still open from earlier months.
        var page = await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync($"/j/{b.Code}/calendar");
        Assert.Contains("日历 · 2011-07 · 其其格", page);
        Assert.Contains($"未完成：已逾期 {DaysMissed} 项，即将到期 {DaysDueSoon} 项", page);
        Assert.Contains("（待完成）", page); // 07-05 on
        Assert.Contains("（未完成）", page); // 07-01 … 07-04

        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/api/j/{b.Code}/calendar?person={qiqige}&month=2011-06")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync($"/api/j/{b.Code}/calendar?person={zhang}")).StatusCode);
        var branch = (await secretary.GetFromJsonAsync<JsonElement[]>($"/api/j/{b.Code}/calendar?organization={b.Gacha}&month=2011-06"))!;
        Assert.Equal(("2011-06-30", "党性、党纪教育活动", "missed"), (branch.Single().GetProperty("day").GetString(), branch.Single().GetProperty("title").GetString(), branch.Single().GetProperty("status").GetString()));

        var cadre = (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>($"/api/j/{b.Code}/calendar?person={zhang}&month=2011-06"))!;
        Assert.Contains(cadre, i => i.GetProperty("title").GetString() == "精读一本理论著作（季度读书笔记）" && i.GetProperty("day").GetString() == "2011-06-30");
    }

    [Fact]
    public async Task The_calendar_page_subscribes_the_member_to_a_feed_with_the_plugins_items_and_revokes_it()
    {
        var b = await BannerOnJuly5Async("po-ics");
        var browser = await b.BrowserAsAsync($"{b.Code}-member");
        var calendar = await browser.GetStringAsync($"/j/{b.Code}/calendar");
        Assert.Contains("href=\"#subscribe\"", calendar);
        Assert.Contains("生成订阅地址", calendar);

        var subscribed = await TestHost.SubmitFormAsync(browser, $"/j/{b.Code}/calendar", new(), $"/j/{b.Code}/calendar?handler=Subscribe");
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var html = await subscribed.Content.ReadAsStringAsync();
        var url = new Uri(FeedUrlPattern().Match(html).Groups[1].Value);
        Assert.Contains($"href=\"webcal://{url.Authority}{url.AbsolutePath}\"", html);

        var feed = await fixture.Host.Anonymous.GetAsync(url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var ics = (await feed.Content.ReadAsStringAsync()).Replace("\r\n ", "");
        Assert.Contains("SUMMARY:每日学习笔记\r\n", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20110505\r\n", ics); // the first missed note
        Assert.Contains("DTSTART;VALUE=DATE:20111231\r\n", ics); // the last note and the training
        Assert.Contains("SUMMARY:大规模学习培训（轮训）\r\n", ics);
        Assert.Equal(241 + 1, ics.Split("BEGIN:VEVENT").Length - 1);

        // The page lists the address in use (never the secret again) with a button that revokes it.
        var listed = await browser.GetStringAsync($"/j/{b.Code}/calendar");
        Assert.DoesNotContain(url.AbsolutePath, listed);
        var id = RevokeIdPattern().Match(listed).Groups[1].Value;
        var revoked = await TestHost.SubmitFormAsync(browser, $"/j/{b.Code}/calendar", new() { ["id"] = id }, $"/j/{b.Code}/calendar?handler=Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("已停用该订阅地址", await browser.GetStringAsync(revoked.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Host.Anonymous.GetAsync(url.AbsolutePath)).StatusCode);
    }

    [Fact]
    public async Task Every_role_gets_the_workbench_calendar_and_compliance_with_working_links_and_an_unlinked_account_is_told_why_it_cannot_subscribe()
    {
        var b = await BannerOnJuly5Async("po-roles");
        foreach (var user in new[] { "admin", "secretary", "member", "cadre", "town" })
        {
            var browser = await b.BrowserAsAsync($"{b.Code}-{user}");
            foreach (var (path, part) in new[]
            {
                ($"/j/{b.Code}", CardPattern()), ($"/j/{b.Code}/calendar", MainPattern()), ($"/j/{b.Code}/calendar?month=2011-06", MainPattern()),
                ($"/j/{b.Code}/compliance", MainPattern()),
            })
            {
                var response = await browser.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {path}: {(int)response.StatusCode}");
                var html = part.Match(await response.Content.ReadAsStringAsync()).Value;
                Assert.NotEmpty(html);
                Assert.DoesNotContain("href=\"\"", html);
                foreach (Match link in LocalLinkPattern().Matches(html))
                {
                    var target = WebUtility.HtmlDecode(link.Groups[1].Value);
                    var followed = await browser.GetAsync(target);
                    Assert.True(followed.StatusCode == HttpStatusCode.OK, $"{user} {path} → {target}: {(int)followed.StatusCode}");
                }
            }
        }

        // The town's officer has no roster person: the calendar opens on the town, and the subscribe form explains itself.
        var town = await b.BrowserAsAsync($"{b.Code}-town");
        var page = await town.GetStringAsync($"/j/{b.Code}/calendar");
        Assert.Contains("日历 · 2011-07 · 雅布赖镇党委", page);
        Assert.Contains("没有可订阅的个人日历", page);
        var posted = await TestHost.SubmitFormAsync(town, $"/j/{b.Code}/calendar", new(), $"/j/{b.Code}/calendar?handler=Subscribe");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.DoesNotContain("/ics/", await posted.Content.ReadAsStringAsync());

        var english = await b.BrowserAsAsync($"{b.Code}-member");
        var en = await english.GetStringAsync($"/j/{b.Code}/calendar?culture=en");
        Assert.Contains("Subscribe to your calendar", en);
        Assert.Contains($"Open: {DaysMissed} overdue", en);
        Assert.Contains("Daily study note", en);
    }

    [Fact]
    public async Task Switching_the_plugin_off_takes_its_obligations_away_and_a_new_campaign_year_moves_them()
    {
        var b = await BannerOnJuly5Async("po-switch");
        async Task<string[]> DueDaysAsync() => (await b.OfficeApi.GetItemsAsync(
                $"/api/j/{b.Code}/obligations?type=six-ones.education"))
            .Select(o => o.GetProperty("dueOn").GetString()!).Distinct().ToArray();
        Assert.Equal(["2011-06-30"], await DueDaysAsync());

        await fixture.Host.SetSwitchAsync(b.Id, SixOnesHost.PluginId, enabled: false);
        Assert.Empty(await DueDaysAsync());
        await fixture.Host.SetSwitchAsync(b.Id, SixOnesHost.PluginId, enabled: true, new() { ["campaign.year"] = "2012" });
        Assert.Equal(["2012-06-30"], await DueDaysAsync());
    }

    [Fact]
    public async Task Two_instances_asking_at_once_generate_once()
    {
        var b = await BannerOnJuly5Async("po-once");
        async Task<int> RefreshAsync()
        {
            await using var scope = fixture.Host.App.Services.CreateAsyncScope();
            var jurisdiction = await scope.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync(b.Code);
            scope.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionContext>().Set(jurisdiction!);
            return await scope.ServiceProvider.GetRequiredService<IObligationSource>().RefreshAsync(daily: false);
        }
        var touched = await Task.WhenAll(RefreshAsync(), RefreshAsync());
        Assert.Equal(0, touched.Min()); // the second waited for the first, then found the work done
        Assert.True(touched.Max() > 9 * 241);

        await using var data = NpgsqlDataSource.Create(fixture.Host.ConnectionString);
        await using var command = data.CreateCommand("select touched from schedules.obligation_generations where jurisdiction_id = $1 and source = $2");
        command.Parameters.Add(new() { Value = b.Id });
        command.Parameters.Add(new() { Value = SixOnesHost.PluginId });
        Assert.Equal(touched.Max(), (int)(await command.ExecuteScalarAsync())!);
    }

    [GeneratedRegex("<section class=\"card due-and-overdue\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex CardPattern();

    [GeneratedRegex("class=\"feed-url\" type=\"text\" readonly value=\"([^\"]+)\"")]
    private static partial Regex FeedUrlPattern();

    [GeneratedRegex("name=\"id\" value=\"(\\d+)\"")]
    private static partial Regex RevokeIdPattern();

    [GeneratedRegex("<main.*?</main>", RegexOptions.Singleline)]
    private static partial Regex MainPattern();

    [GeneratedRegex("<a href=\"(/j/[^\"#]*)\"")]
    private static partial Regex LocalLinkPattern();
}
