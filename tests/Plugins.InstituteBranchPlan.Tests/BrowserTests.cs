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
public sealed class BrowserTests(InstituteBranchPlanHost shared, ChromiumBrowser chromium) : IClassFixture<InstituteBranchPlanHost>, IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        shared.Clock!.Now = InstituteBranchPlanHost.Beijing(2010, 9, 10);
        _host = await shared.ResetAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string[] Pages(TestJurisdiction institute) =>
        [.. from path in new[] { "", "/LeadingGroup", "/PersonalPlans", "/Suggestions", "/Summary", "/Oversight" } from culture in new[] { "", "?culture=en" } select institute.Page(Plugin, path) + culture];

    [Theory]
    [InlineData("ci-member")]
    [InlineData("ci-deputy")]
    [InlineData("ci-secretary")]
    [InlineData("ci-admin")]
    public async Task The_pages_read_well_on_a_phone_and_a_desktop(string userName)
    {
        var institute = await CreateAsync(_host, "ci");
        // Something in every table: the group, a plan handed in, a suggestion with an answer and one waiting.
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/branches/{institute.Org["光栅室党支部"]}/leading-group"),
            new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"], institute.People["谭鑫"] }, version = 0 }), HttpStatusCode.OK);
        var member = await _host.ApiClientAsync("ci-member");
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"),
            new { kind = "Post", text = "完成光栅刻划机关键部件的调试任务，按期交付课题阶段成果。", problems = new[] { "创新意识不强", "业务钻研不够深入" } }), HttpStatusCode.Created);
        var given = await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/suggestions"), new { text = "建议每月组织一次课题组之间的技术交流，打破信息壁垒。" }), HttpStatusCode.Created);
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/suggestions/{given.GetProperty("id").GetInt64()}/reply"),
            new { reply = "支部已研究，采纳并纳入下阶段工作安排。", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/suggestions"), new { text = "建议改进实验室仪器预约制度。" }), HttpStatusCode.Created);

        await TwoWidths.AssertReadWellAsync(chromium.Browser, _host, userName, Pages(institute));
    }

    [Fact]
    public async Task On_a_phone_a_member_hands_in_the_plan_and_gives_a_suggestion()
    {
        var institute = await CreateAsync(_host, "ci");
        var page = await Chromium.SignedInPageAsync(chromium.Browser, _host.BaseAddress, "ci-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(institute.Page(Plugin, ""));
        await page.Locator("main .card").GetByRole(AriaRole.Link, new() { Name = "个人打算" }).ClickAsync();
        await page.SelectOptionAsync("select[name=Kind]", "Post");
        await page.FillAsync("textarea[name=Problems]", "创新意识不强\n业务钻研不够深入");
        await page.FillAsync("textarea[name=PlanText]", "完成光栅刻划机调试任务，按期交付阶段成果。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("个人打算已提交");
        await Assertions.Expect(page.Locator("main .card h2")).ToContainTextAsync("按时提交");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ci-member-phone-plan-handed-in");

        await page.GotoAsync(institute.Page(Plugin, "/Suggestions"));
        await page.FillAsync("textarea[name=SuggestionText]", "建议每月组织一次技术交流。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=given", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main .card")).ToContainTextAsync("待支部答复");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "ci-member-phone-suggestion-given");
        await page.CloseAsync();
    }
}
