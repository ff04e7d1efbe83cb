using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Modular.Testing.Browser;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>
/// The plugin's pages in the machine's Chromium at 390 and 1366 px, in Chinese and English, for a member, a leading-group
/// deputy, the secretary and the office; and a member's journey on a phone: the personal plan and a suggestion.
/// </summary>
[RunsLong(55)]
public sealed class BrowserTests(InstituteBranchPlanHost shared, ChromiumBrowser chromium) : SharedHostTests<InstituteBranchPlanHost>(shared), IClassFixture<ChromiumBrowser>
{
    private static string[] Pages(TestJurisdiction institute) =>
        [.. from path in new[] { "", "/LeadingGroup", "/BranchPlan", "/PersonalPlans", "/Suggestions", "/Study", "/ReadingNotes", "/PartySpirit", "/Dedication", "/Evaluation", "/Commendation", "/Summary", "/Oversight", "/Assessment" }
            from culture in new[] { "", "?culture=en" } select institute.Page(Plugin, path) + culture];

    [Theory]
    [InlineData("ci-member")]
    [InlineData("ci-deputy")]
    [InlineData("ci-secretary")]
    [InlineData("ci-admin")]
    public async Task The_pages_read_well_on_a_phone_and_a_desktop(string userName)
    {
        var institute = await CreateAsync(Host, "ci");
        // Something in every table: the group, a plan handed in, a suggestion with an answer and one waiting.
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/branches/{institute.Org["光栅室党支部"]}/leading-group"),
            new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"], institute.People["谭鑫"] }, version = 0 }), HttpStatusCode.OK);
        var member = await Host.ApiClientAsync("ci-member");
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"),
            new { kind = "Post", text = "完成光栅刻划机关键部件的调试任务，按期交付课题阶段成果。", problems = new[] { "创新意识不强", "业务钻研不够深入" } }), HttpStatusCode.Created);
        var given = await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/suggestions"), new { text = "建议每月组织一次课题组之间的技术交流，打破信息壁垒。" }), HttpStatusCode.Created);
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/suggestions/{given.GetProperty("id").GetInt64()}/reply"),
            new { reply = "支部已研究，采纳并纳入下阶段工作安排。", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/suggestions"), new { text = "建议改进实验室仪器预约制度。" }), HttpStatusCode.Created);
        // A study session with an absence and a short time (flagged), and a reading note.
        await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/study/sessions"), new
        {
            branchId = institute.Org["光栅室党支部"], kind = "Session", title = "学习胡锦涛总书记重要讲话", heldOn = "2010-09-08", plannedHours = 2, actualHours = 1.5,
            absent = new[] { new { personId = institute.People["李明"], reason = "出差在外" } },
            readings = new[] { new { title = "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话" } },
        }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/reading-notes"), new { kind = "ReadingNote", title = "学习讲话的体会", body = new string('学', 320) }), HttpStatusCode.Created);
        // Party-spirit education, an analysis, a contest with a result and a model post.
        var grating = institute.Org["光栅室党支部"];
        await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/party-spirit/events"), new { branchId = grating, kind = "PartyLecture",
            title = "支部书记讲党课：讲党性、重品行", heldOn = "2010-09-08", hours = 2, place = "室会议室", attended = new[] { institute.People["王强"], institute.People["巴音"] } }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/party-spirit/analyses"), new { form = "LifeMeeting",
            problemsFound = "理论学习满足于完成任务，钻研不深。", selfCriticism = "今后加强党性修养，立足岗位作表率。", criticismReceived = "多关心青年同志。" }), HttpStatusCode.Created);
        var contest = await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/dedication/contests"),
            new { branchId = grating, kind = "Innovation", title = "光栅工艺创新竞赛", heldOn = "2010-09-09", description = "全体党员参加，择优表彰。" }), HttpStatusCode.Created);
        var contestId = contest.GetProperty("id").GetInt64();
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, $"/dedication/contests/{contestId}/entries"), new { }), HttpStatusCode.Created);
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/dedication/contests/{contestId}/entries/{institute.People["王强"]}"),
            new { rank = 1, award = "一等奖", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/dedication/model-posts"), new { personId = institute.People["王强"],
            postName = "光栅刻划机调试示范岗", shows = "攻坚克难，按期完成刻划机关键部件调试。", from = "2010-09-01", to = "2010-12-31" }), HttpStatusCode.Created);

        // An open year-end round with a rating in it (the evaluation page's forms and tallies).
        await JsonAsync(await institute.OfficeApi.PostAsync(institute.Api(Plugin, $"/evaluation/branches/{institute.Org["光栅室党支部"]}/YearEnd"), null), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, $"/evaluation/branches/{institute.Org["光栅室党支部"]}/YearEnd/ratings"),
            new { personId = institute.People["李明"], grade = "excellent" }), HttpStatusCode.OK);

        await TwoWidths.AssertReadWellAsync(chromium.Browser, Host, userName, Pages(institute));
    }

    [Fact]
    public async Task On_a_phone_a_member_hands_in_the_plan_and_gives_a_suggestion()
    {
        var institute = await CreateAsync(Host, "ci");
        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ci-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(institute.Page(Plugin, ""));
        await page.Locator("main .card").GetByRole(AriaRole.Link, new() { Name = "个人打算" }).ClickAsync();
        await page.SelectOptionAsync("select[name=Kind]", "Post");
        await page.FillAsync("textarea[name=Problems]", "创新意识不强\n业务钻研不够深入");
        await page.FillAsync("textarea[name=PlanText]", "完成光栅刻划机调试任务，按期交付阶段成果。");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }), "done=saved");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("个人打算已提交");
        await Assertions.Expect(page.Locator("main .card h2")).ToContainTextAsync("按时提交");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ci-member-phone-plan-handed-in");

        await page.GotoAsync(institute.Page(Plugin, "/Suggestions"));
        await page.FillAsync("textarea[name=SuggestionText]", "建议每月组织一次技术交流。");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }), "done=given");
        await Assertions.Expect(page.Locator("main .card")).ToContainTextAsync("待支部答复");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ci-member-phone-suggestion-given");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(Chromium.PhoneWidth, Chromium.PhoneHeight)]
    [InlineData(Chromium.DesktopWidth, Chromium.DesktopHeight)]
    public async Task A_member_of_the_public_answers_the_public_sheet_with_a_code_and_no_account(int width, int height)
    {
        var institute = await CreateAsync(Host, "ci");
        var round = institute.Api(Plugin, $"/evaluation/branches/{institute.Org["光栅室党支部"]}/YearEnd");
        await JsonAsync(await institute.OfficeApi.PostAsync(round, null), HttpStatusCode.Created);
        var issued = await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(round + "/codes", new { count = 1 }), HttpStatusCode.OK);
        var code = issued.GetProperty("codes")[0].GetString()!;

        var page = await chromium.Browser.NewPageAsync(new() { BaseURL = Host.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        page.SetDefaultTimeout(90_000);
        await page.GotoAsync(issued.GetProperty("path").GetString()!);
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await page.FillAsync("input[name=code]", code);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始评议" }).ClickAsync();
        var li = page.Locator("fieldset", new() { Has = page.Locator("legend", new() { HasText = "李明" }) });
        await li.GetByLabel("优秀").CheckAsync();
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, $"public-sheet-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评议" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("已记录您对 1 个对象的评议");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_member_opens_their_annual_assessment_on_a_phone_and_the_secretary_chooses_a_member_on_a_desktop()
    {
        var institute = await CreateAsync(Host, "ci");
        await JsonAsync(await (await Host.ApiClientAsync("ci-member")).PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"),
            new { kind = "Member", text = "完成光栅刻划机调试任务，按期交付阶段成果。", problems = new[] { "创新意识不强" } }), HttpStatusCode.Created);

        var phone = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ci-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await phone.GotoAsync(institute.Page(Plugin, ""));
        await phone.Locator("main .card").GetByRole(AriaRole.Link, new() { Name = "我的年度考核" }).ClickAsync();
        await Assertions.Expect(phone.Locator("main .assessment h2")).ToContainTextAsync("王强");
        await Assertions.Expect(phone.Locator("main tr[data-line=plan]")).ToContainTextAsync("完成");
        await Assertions.Expect(phone.Locator("main .assessment-summary")).ToContainTextAsync("应完成");
        Assert.Empty(await Chromium.LayoutProblemsAsync(phone));
        await Chromium.ShotAsync(phone, "ci-member-phone-assessment");
        await phone.CloseAsync();

        var desktop = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ci-secretary", Chromium.DesktopWidth, Chromium.DesktopHeight);
        await desktop.GotoAsync(institute.Page(Plugin, "/Assessment"));
        await desktop.SelectOptionAsync("select[name=personId]", institute.People["李明"].ToString(System.Globalization.CultureInfo.InvariantCulture));
        await desktop.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(desktop.Locator("main .assessment h2")).ToContainTextAsync("李明");
        await Assertions.Expect(desktop.Locator("main tr[data-line=plan]")).ToContainTextAsync("未完成");
        Assert.Empty(await Chromium.LayoutProblemsAsync(desktop));
        await Chromium.ShotAsync(desktop, "ci-secretary-desktop-assessment");
        await desktop.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_secretary_corrects_a_study_session_and_an_education_event()
    {
        var institute = await CreateAsync(Host, "ci");
        var grating = institute.Org["光栅室党支部"];
        await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/study/sessions"), new
        {
            branchId = grating, kind = "Session", title = "学习胡锦涛总书记重要讲话", heldOn = "2010-09-08", plannedHours = 2, actualHours = 1.5,
            absent = new[] { new { personId = institute.People["李明"], reason = "出差在外" } },
        }), HttpStatusCode.Created);
        await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/party-spirit/events"), new { branchId = grating, kind = "PartyLecture",
            title = "支部书记讲党课", heldOn = "2010-09-08", hours = 2, attended = new[] { institute.People["王强"] } }), HttpStatusCode.Created);

        var page = await Chromium.SignedInPageAsync(chromium.Browser, Host.BaseAddress, "ci-secretary", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(institute.Page(Plugin, "/Study"));
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Locator("input[name=Title]")).ToHaveValueAsync("学习胡锦涛总书记重要讲话");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ci-secretary-phone-study-edit");
        await page.FillAsync("input[name=ActualHours]", "2");
        await Chromium.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存修改" }), "done=updated");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("学习记录已修改");

        await page.GotoAsync(institute.Page(Plugin, "/PartySpirit"));
        await page.Locator("details.edit-event summary").First.ClickAsync();
        var title = page.Locator("details.edit-event input[name=title]").First;
        await Assertions.Expect(title).ToHaveValueAsync("支部书记讲党课");
        await title.FillAsync("支部书记讲党课：讲党性、重品行");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ci-secretary-phone-party-spirit-edit");
        await Chromium.SubmitAsync(page.Locator("details.edit-event").First.GetByRole(AriaRole.Button, new() { Name = "保存修改" }), "done=event-updated");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("支部书记讲党课：讲党性、重品行");
        await page.CloseAsync();
    }
}
