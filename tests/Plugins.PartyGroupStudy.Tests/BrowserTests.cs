using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Modular.Testing.Browser;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>
/// The plugin's pages in the machine's Chromium (the kit's <see cref="TwoWidths"/>, nothing downloaded) at a phone's width
/// (390 px) and a desktop's (1366 px), in Chinese and English, as a member, the inspector and the office: none scrolls sideways,
/// squeezes a cell into a strip, leaves a control unlabelled or shows text too faint to read; and a member's journey on a phone.
/// Screenshots land in artifacts/screenshots. Add each new page to <see cref="PagePaths"/>.
/// </summary>
public sealed class BrowserTests(PartyGroupStudyHost shared, ChromiumBrowser chromium) : SharedHostTests<PartyGroupStudyHost>(shared), IClassFixture<ChromiumBrowser>
{
    public static readonly string[] PagePaths = ["", "/LeadingGroup", "/PersonalReports", "/Talks", "/LifeMeeting", "/GroupReport"];

    private static string[] Pages(TestJurisdiction county) =>
        [.. from path in PagePaths from culture in new[] { "", "?culture=en" } select county.Page(Plugin, path) + culture];

    [Theory]
    [InlineData("xg-member")]
    [InlineData("xg-inspector")]
    [InlineData("xg-admin")]
    public async Task The_pages_read_well_on_a_phone_and_a_desktop(string userName)
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);
        var unit = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/units"), new { personId = county.People["王强"], name = "县农业局", relation = "InCharge" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/guidance-visits"),
            new { unitId = unit.GetProperty("id").GetInt64(), visitedOn = "2009-03-05", focus = "Study", findings = "学习安排较扎实，但个人自学记录不全，已要求补齐学习笔记。", followUp = "两周内补齐" }), HttpStatusCode.Created);
        await Analysis.SomeOfEverythingAsync(Host, county, Clock);

        await TwoWidths.AssertReadWellAsync(chromium.Browser, Host, userName, Pages(county));
    }

    [Fact]
    public async Task On_a_phone_a_member_adds_a_unit_and_records_a_visit_to_it()
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);

        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "xg-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(county.Page(Plugin, ""));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "领导小组" }).ClickAsync();
        await page.GetByText("添加分管或联系单位").ClickAsync();
        await page.FillAsync("input[name=UnitName]", "县农业局");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=unit", StringComparison.Ordinal));

        await page.GetByText("登记一次指导").ClickAsync();
        await page.FillAsync("input[name=visitedOn]", "2009-03-06");
        await page.FillAsync("textarea[name=Findings]", "调研课题选题偏宽，建议聚焦审批难题。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=visit", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("指导记录已登记");
        await Assertions.Expect(page.Locator("main table").Last).ToContainTextAsync("调研课题选题偏宽");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-visit");
        await page.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_a_member_writes_the_analysis_report_in_its_five_parts_and_records_a_talk()
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 6);

        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "xg-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(county.Page(Plugin, ""));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "个人分析检查报告" }).ClickAsync();
        await page.FillAsync("textarea[name=Essence]", "学习不够系统，用科学发展观指导实践的能力不强。");
        await page.FillAsync("textarea[name=Situation]", "发展思路对新形势研究不够。");
        await page.FillAsync("textarea[name=Practice]", "赶超发展的紧迫感不强。");
        await page.FillAsync("textarea[name=Expectations]", "群众关心的就业问题解决不够及时。");
        await page.FillAsync("textarea[name=Causes]", "理论学习抓得不紧；今后每月集中学习一次。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存初稿" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("报告已保存");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("第 1 稿");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-analysis-report");

        await page.GotoAsync(county.Page(Plugin, "/Talks"));
        await page.GetByText("登记一次谈心").ClickAsync();
        await page.SelectOptionAsync("select[name=withPersonId]", new SelectOptionValue { Label = "李明" });
        await page.FillAsync("input[name=talkedOn]", "2009-05-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=talk", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main table").Last).ToContainTextAsync("李明");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-talk");
        await page.CloseAsync();
    }
}
