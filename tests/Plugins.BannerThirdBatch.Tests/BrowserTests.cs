using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Modular.Testing.Browser;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>
/// The plugin's pages in the machine's Chromium (the kit's <see cref="TwoWidths"/>, nothing downloaded) at a phone's width
/// (390 px) and a desktop's (1366 px), in Chinese and English, as the banner office, a town's secretary, a gacha's secretary and a
/// member: none scrolls sideways, squeezes a cell into a strip, leaves a control unlabelled or shows text too faint to read; and the
/// main journeys on a phone. Screenshots land in artifacts/screenshots with MODULAR_SCREENSHOTS=1. Each item's test class lists its pages (<see cref="IsolationTests.Pages"/>).
/// </summary>
[RunsLong(75)]
public sealed class BrowserTests(BannerThirdBatchHost shared, ChromiumBrowser chromium) : SharedHostTests<BannerThirdBatchHost>(shared), IClassFixture<ChromiumBrowser>
{
    private const string Plugin = Banner.Plugin;

    /// <summary>Every page of the plugin (<see cref="IsolationTests.Pages"/>), the ids filled in, in both languages.</summary>
    private static string[] Pages(TestJurisdiction banner, Dictionary<string, long> ids) =>
        [.. from path in IsolationTests.Pages.Select(p => IsolationTests.Fill(p, ids))
            from culture in new[] { "", "culture=en" }
            select banner.Page(Plugin, path) + (culture.Length == 0 ? "" : (path.Contains('?') ? "&" : "?") + culture)];

    [Theory]
    [InlineData("ar-admin")]
    [InlineData("ar-town")]
    [InlineData("ar-gacha")]
    public async Task The_pages_read_well_on_a_phone_and_a_desktop(string userName)
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var ids = await IsolationTests.SomethingOfEachAsync(Host, banner);   // something on every page
        // A gacha's secretary sees no town's page (IsolationTests: 404); everyone else every page.
        var pages = Pages(banner, ids).Where(p => userName != "ar-gacha" || !p.Contains("/Town/")).ToArray();
        await TwoWidths.AssertReadWellAsync(chromium.Browser, Host, userName, pages);
    }

    [Fact]
    public async Task On_a_phone_a_gacha_secretary_chooses_the_start_and_a_too_short_phase_is_refused_in_place()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ar-gacha", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(banner.Page(Plugin, ""));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "参学单位和时间安排" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "巴彦宝力格嘎查党支部" }).ClickAsync();
        await page.FillAsync("input[name=Start]", "2026-03-01");
        await page.FillAsync("input[name=ConcentratedEnd]", "2026-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("不少于4个月");

        await page.FillAsync("input[name=ConcentratedEnd]", "2026-07-31");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }), "done=saved");
        await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("2026-07-31");
        await Assertions.Expect(page.Locator("main h1 .badge")).ToContainTextAsync("集中学习实践");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ar-gacha-phone-schedule");
        await page.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_a_gacha_secretary_records_an_outreach_contact_and_sees_the_coverage_rise()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ar-gacha", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(banner.Page(Plugin, "/Outreach"));
        var row = page.Locator("main table tr", new() { HasText = "巴彦宝力格嘎查党支部" }).First;
        await Assertions.Expect(row).ToContainTextAsync("0 / 2");
        await page.Locator("main summary", new() { HasText = "登记一次传达" }).ClickAsync();
        await page.SelectOptionAsync("select[name=personId]", banner.People["孟和"].ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("input[name=reachedOn]", "2026-03-09");
        await page.SelectOptionAsync("select[name=method]", "Phone");
        await page.FillAsync("textarea[name=Note]", "电话传达第三批活动实施意见");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }), "done=reached");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("传达记录已登记");
        await Assertions.Expect(page.Locator("main table tr", new() { HasText = "巴彦宝力格嘎查党支部" }).First).ToContainTextAsync("1 / 2");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("电话传达第三批活动实施意见");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ar-gacha-phone-outreach");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(Chromium.DesktopWidth, Chromium.DesktopHeight)]
    [InlineData(Chromium.PhoneWidth, Chromium.PhoneHeight)]
    public async Task A_guidance_group_records_a_finding_the_unit_closes_it_with_evidence_and_the_office_no_longer_sees_it_overdue(int width, int height)
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/guidance/groups"), GuidanceTests.BannerGroup(banner, "巴彦宝力格嘎查党支部")), HttpStatusCode.Created);
        const string problem = "学习记录不全，须补齐";

        // The group's member records the visit with its finding and a deadline already past.
        var member = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ar-member", width, height);
        await member.GotoAsync(banner.Page(Plugin, "/Visits"));
        await member.Locator("main summary", new() { HasText = "登记一次指导检查" }).ClickAsync();
        await member.FillAsync("input[name=visitedOn]", "2026-02-01");
        await member.FillAsync("textarea[name=Findings]", "学习笔记记录不规范，外出党员联系不够");
        await member.FillAsync("input[name=problem-0]", problem);
        await member.FillAsync("input[name=deadline-0]", "2026-02-15");
        await Chromium.SubmitAsync(member.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }), "done=visit");
        await Assertions.Expect(member.Locator("main")).ToContainTextAsync("学习笔记记录不规范");
        Assert.Empty(await Chromium.LayoutProblemsAsync(member));
        await Chromium.ShotAsync(member, $"ar-member-{width}-visit");
        await member.CloseAsync();

        // The office sees it overdue.
        var office = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ar-admin", width, height);
        await office.GotoAsync(banner.Page(Plugin, "/Visits"));
        await Assertions.Expect(office.Locator("main table tr", new() { HasText = problem }).First).ToContainTextAsync("逾期未改");

        // The gacha closes it with evidence.
        var gacha = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ar-gacha", width, height);
        await gacha.GotoAsync(banner.Page(Plugin, "/Visits"));
        var row = gacha.Locator("main table tr", new() { HasText = problem }).First;
        await row.Locator("textarea[name=evidence]").FillAsync("已补齐全部学习记录，支委会逐一核对");
        await Chromium.SubmitAsync(row.GetByRole(AriaRole.Button, new() { Name = "销号", Exact = true }), "done=closed");
        await Assertions.Expect(gacha.Locator("main table tr", new() { HasText = problem }).First).ToContainTextAsync("已补齐全部学习记录");
        Assert.Empty(await Chromium.LayoutProblemsAsync(gacha));
        await Chromium.ShotAsync(gacha, $"ar-gacha-{width}-closed");
        await gacha.CloseAsync();

        // The office's list no longer shows it overdue: closed late, with the evidence.
        await office.ReloadAsync();
        var closed = office.Locator("main table tr", new() { HasText = problem }).First;
        await Assertions.Expect(closed).ToContainTextAsync("逾期销号");
        await Assertions.Expect(closed).Not.ToContainTextAsync("逾期未改");
        Assert.Empty(await Chromium.LayoutProblemsAsync(office));
        await Chromium.ShotAsync(office, $"ar-admin-{width}-follow-ups");
        await office.CloseAsync();
    }
}
