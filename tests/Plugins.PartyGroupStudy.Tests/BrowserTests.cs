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
/// Screenshots land in artifacts/screenshots with MODULAR_SCREENSHOTS=1. Add each new page to <see cref="PagePaths"/>.
/// </summary>
[RunsLong(55)]
public sealed class BrowserTests(PartyGroupStudyHost shared, ChromiumBrowser chromium) : SharedHostTests<PartyGroupStudyHost>(shared), IClassFixture<ChromiumBrowser>
{
    public static readonly string[] PagePaths = ["", "/LeadingGroup", "/Mine", "/Progress", "/FiveLeads", "/Study", "/ReadingNotes", "/Research",
        "/PersonalReports", "/Talks", "/LifeMeeting", "/GroupReport", "/Rectification", "/Survey", "/Mechanisms", "/Summary"];

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

        await Stage3Async(county);

        await TwoWidths.AssertReadWellAsync(chromium.Browser, Host, userName, Pages(county));
    }

    /// <summary>Stage 3 with something on each page: an adopted plan with a done item and opinions, a survey with paper sheets, a mechanism, a draft report.</summary>
    private async Task Stage3Async(TestJurisdiction county)
    {
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 6, 1);
        var item = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/rectification/items"),
            new { problem = "行政审批环节多、时限长，群众办事多次往返", foundIn = "群众评议", leadPersonId = county.People["王强"], mode = "Immediate", measures = "清理审批事项，实行限时办结和一次性告知" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/rectification/items"),
            new { problem = "会议多、文件多，深入基层调研少", leadPersonId = county.People["许建国"], mode = "Deadline", deadline = "2009-07-31", measures = "精简会议文件" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/rectification/plan"), new
        {
            meetingOn = "2009-06-01", attendance = "全体党组成员", target = "着力解决群众反映强烈的审批慢、作风不实等突出问题", targeted = "针对群众评议意见", timeBound = "马上整改30天内完成",
            operable = "责任到人", effective = "以群众满意为标准", version = 0,
        }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/rectification/opinions"), new { heldOn = "2009-06-01", form = "Forum", opinionsReceived = 12, opinions = "建议明确审批事项清单并向社会公开。" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, $"/rectification/items/{item.GetProperty("id").GetInt64()}/complete"),
            new { completedOn = "2009-06-01", evidence = "审批事项由47项减至29项", version = 2 }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/mechanisms"),
            new { name = "行政审批限时办结制度", change = "New", area = "GovernmentFunctions", adoptedOn = "2009-06-01", summary = "审批事项承诺时限，超时问责。" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/survey"), new { stage2Evaluators = 40, raisers = 10 }), HttpStatusCode.Created);
        var tally = new Dictionary<string, Dictionary<string, int>> { ["effect"] = new() { ["satisfied"] = 30, ["basically-satisfied"] = 8, ["dissatisfied"] = 2 },
            ["conduct"] = new() { ["satisfied"] = 32, ["basically-satisfied"] = 7, ["dissatisfied"] = 1 } };
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/survey/paper"), new { counts = tally }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsync(county.Api(Plugin, "/survey/publish?version=1"), null), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/summary-report"), new { body = "一、基本情况。\n二、主要成效：整改事项2项，完成1项。\n三、经验体会。", version = 0 }), HttpStatusCode.Created);
    }

    [Fact]
    public async Task On_a_phone_a_member_records_self_study_and_sees_the_hours_toward_40()
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/study/events"), new { kind = "Training", title = "集中培训", heldOn = "2009-03-02", hours = 8 }), HttpStatusCode.Created);

        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "xg-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(county.Page(Plugin, ""));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "动员大会和学习培训" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h2").First).ToContainTextAsync("8 / 40");
        await page.FillAsync("input[name=date]", "2009-03-09");
        await page.FillAsync("input[name=hours]", "2.5");
        await page.FillAsync("input[name=SelfTitle]", "邓小平论科学发展");
        await page.FillAsync("textarea[name=SelfBody]", "第一章，联系分管工作思考。");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "登记自学", Exact = true }), "done=self");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("自学已登记");
        await Assertions.Expect(page.Locator("main h2").First).ToContainTextAsync("10.5 / 40");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-self-study");
        await page.CloseAsync();
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
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }), "done=unit");

        await page.GetByText("登记一次指导").ClickAsync();
        await page.FillAsync("input[name=visitedOn]", "2009-03-06");
        await page.FillAsync("textarea[name=Findings]", "调研课题选题偏宽，建议聚焦审批难题。");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }), "done=visit");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("指导记录已登记");
        await Assertions.Expect(page.Locator("main table").Last).ToContainTextAsync("调研课题选题偏宽");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-visit");
        await page.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_a_lead_member_records_a_rectification_item_done()
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 6, 1);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/rectification/items"),
            new { problem = "行政审批环节多、时限长", foundIn = "群众评议", leadPersonId = county.People["王强"], mode = "Immediate", measures = "实行限时办结" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/rectification/plan"), new
        {
            meetingOn = "2009-06-01", attendance = "全体党组成员", target = "解决审批慢问题", targeted = "针对群众评议意见", timeBound = "30天内完成",
            operable = "责任到人", effective = "群众满意", version = 0,
        }), HttpStatusCode.OK);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 6, 20);

        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "xg-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(county.Page(Plugin, ""));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "整改落实", Exact = true }).ClickAsync();
        await page.GetByText("登记完成").ClickAsync();
        await page.FillAsync("textarea[name=Evidence]", "审批事项由47项减至29项，平均时限缩短一半。");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }), "done=completed");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("整改结果已登记");
        await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("审批事项由47项减至29项");
        await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("按期完成");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-rectification");
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
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存初稿" }), "done=saved");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("报告已保存");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("第 1 稿");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-analysis-report");

        await page.GotoAsync(county.Page(Plugin, "/Talks"));
        await page.GetByText("登记一次谈心").ClickAsync();
        await page.SelectOptionAsync("select[name=withPersonId]", new SelectOptionValue { Label = "李明" });
        await page.FillAsync("input[name=talkedOn]", "2009-05-05");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }), "done=talk");
        await Assertions.Expect(page.Locator("main table").Last).ToContainTextAsync("李明");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xg-member-phone-talk");
        await page.CloseAsync();
    }
}
