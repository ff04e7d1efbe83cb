using Microsoft.Playwright;
using Modular.Testing.Browser;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Browser;

public sealed class SixOnesAndGoodHost() : SharedTestHost(["banner-six-ones", "test-good"]);

/// <summary>
/// The pages in a real browser (the machine's Chromium, driven by Playwright; nothing downloaded):
/// what an office worker clicks. Screenshots land in artifacts/screenshots (with MODULAR_SCREENSHOTS=1) for a person to look at.
/// </summary>
/// <remarks>One host and one Chromium for the class (starting either is most of a test's time); the host is emptied before each test.</remarks>
[RunsLong(70)]
public sealed class BrowserTests(SixOnesAndGoodHost shared, ChromiumBrowser chromium)
    : IClassFixture<SixOnesAndGoodHost>, IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private TestHost _host = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        await _host.CreateJurisdictionAsync("alxa-right", "阿拉善右旗", "banner-six-ones");
        _browser = chromium.Browser;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<IPage> SignedInPageAsync(string userName) => Chromium.SignedInPageAsync(_browser, _host.BaseAddress, userName);

    private static Task ShotAsync(IPage page, string name) => Chromium.ShotAsync(page, name);

    [Fact]
    public async Task An_office_admin_signs_in_and_sees_the_dashboard_with_the_six_ones()
    {
        var page = await SignedInPageAsync("alxa-right-admin");

        Assert.EndsWith("/j/alxa-right", page.Url);
        Assert.Equal("阿拉善右旗 · 工作台", (await page.TextContentAsync("h1"))!.Trim());
        Assert.Contains("每日自主学习 1 小时，笔记不少于 300 字", await page.TextContentAsync(".widgets"));
        await ShotAsync(page, "dashboard");
    }

    [Fact]
    public async Task The_ledger_page_lists_the_modules_ledgers_and_downloads_one()
    {
        var page = await SignedInPageAsync("alxa-right-admin");
        await page.ClickAsync(".sidebar a[href='/j/alxa-right/ledgers']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("台账下载");
        var education = page.Locator(".ledger-card", new() { HasText = "党性、党纪教育活动台账" });
        await Assertions.Expect(education).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".ledger-card", new() { HasText = "每日学习笔记检查验收台账" }).Locator("input[name=quarter]")).ToHaveCountAsync(1);
        await ShotAsync(page, "ledgers");

        var download = await page.RunAndWaitForDownloadAsync(() => education.Locator("button[value=xlsx]").ClickAsync());
        Assert.Equal("党性党纪教育活动台账-2011.xlsx", download.SuggestedFilename);

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await ShotAsync(page, "ledgers-phone");
    }

    [Fact]
    public async Task The_setup_checklist_points_a_new_office_at_its_next_step_on_a_desktop_and_a_phone()
    {
        await _host.CreateJurisdictionAsync("setup-shot", "开通旗");
        var page = await SignedInPageAsync("setup-shot-admin");
        await page.ClickAsync(".sidebar a[href='/j/setup-shot/office/setup']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("开通向导");
        await Assertions.Expect(page.Locator(".setup-step.next h2")).ToContainTextAsync("1. 导入党组织");
        await ShotAsync(page, "setup-checklist");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await ShotAsync(page, "setup-checklist-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the checklist is wider than a phone");

        await page.ClickAsync(".setup-step.next a.button.primary");
        await page.WaitForURLAsync("**/j/setup-shot/organizations/import");
    }

    [Fact]
    public async Task The_audit_log_reads_as_words_on_a_desktop_and_a_phone()
    {
        var page = await SignedInPageAsync("alxa-right-admin");
        await page.GotoAsync("/j/alxa-right/office/plugins");
        await page.Locator("tr", new() { HasText = "test-good" }).Locator("button[type=submit]").ClickAsync();
        await page.ClickAsync(".sidebar a[href='/j/alxa-right/office/audit']");
        await Assertions.Expect(page.Locator("table.audit-entries")).ToContainTextAsync("活动模块启用与设置");
        await ShotAsync(page, "audit-log");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await ShotAsync(page, "audit-log-phone");
    }

    [Fact]
    public async Task Switching_a_module_on_puts_it_in_the_menu()
    {
        var page = await SignedInPageAsync("alxa-right-admin");
        await page.GotoAsync("/j/alxa-right/office/plugins");
        Assert.Equal(0, await page.Locator(".sidebar a[href='/j/alxa-right/test-good']").CountAsync());

        await page.Locator("tr", new() { HasText = "test-good" }).Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已启用“测试插件”");
        await page.ClickAsync(".sidebar a[href='/j/alxa-right/test-good']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("测试笔记");
        await ShotAsync(page, "office-plugins");
    }

    [Fact]
    public async Task A_table_sorts_by_a_click_on_its_heading_and_filters_as_one_types()
    {
        await _host.CreateJurisdictionAsync("zz-last", "乙旗");
        await _host.CreateJurisdictionAsync("aa-first", "甲旗");
        var page = await SignedInPageAsync(TestHost.PlatformAdmin);
        await page.GotoAsync("/admin/jurisdictions");
        var firstCode = () => page.Locator("table.data tbody tr:visible td:first-child").First.TextContentAsync();

        await page.ClickAsync("table.data th:first-child");
        Assert.Equal("aa-first", (await firstCode())!.Trim());
        await page.ClickAsync("table.data th:first-child");
        Assert.Equal("zz-last", (await firstCode())!.Trim());

        await page.FillAsync("input.table-filter", "甲");
        Assert.Equal(1, await page.Locator("table.data tbody tr:visible").CountAsync());
        await ShotAsync(page, "admin-jurisdictions");
    }

    [Fact]
    public async Task A_module_s_pages_open_from_the_menu_in_the_host_s_layout_in_both_languages()
    {
        var page = await SignedInPageAsync("alxa-right-admin");
        await page.ClickAsync(".sidebar a[href='/j/alxa-right/people']"); // the organizations module's page and menu entry
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("党员名册");
        await Assertions.Expect(page.Locator(".sidebar a.active")).ToHaveTextAsync("党员名册");
        // The host's layout and styles: the site's stylesheet lays the sidebar out beside the content.
        Assert.Equal("flex", await page.EvalOnSelectorAsync<string>(".layout", "e => getComputedStyle(e).display"));
        Assert.Equal(1, await page.Locator("main form[method=post] input[name=submissionKey]").CountAsync()); // the SDK's tag helper
        await ShotAsync(page, "roster-people");

        await page.ClickAsync(".sidebar a[href='/j/alxa-right/office/users']"); // the identity module's
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("用户");
        Assert.Equal(1, await page.Locator("main form[method=post] input[name=submissionKey]").CountAsync()); // the new-user form (a reset is on the account's own page)
        await page.ClickAsync("header button:has-text('English')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Users");
        await Assertions.Expect(page.Locator(".sidebar a[href='/j/alxa-right/office/audit']")).ToHaveTextAsync("Audit log");
        await ShotAsync(page, "office-users-english");
        await page.ClickAsync("header button:has-text('中文')");
    }

    [Fact]
    public async Task On_a_phone_the_office_gives_a_branch_its_accounts_and_takes_the_slip_sheet_once()
    {
        var office = await _host.ApiClientAsync("alxa-right-admin");
        var branch = await RosterSetup.OrganizationAsync(office, "alxa-right", "巴彦宝力格嘎查党支部", "党支部", "嘎查/农村", null);
        await RosterSetup.PersonAsync(office, "alxa-right", "巴特尔", branch, leadingCadre: false);
        await RosterSetup.PersonAsync(office, "alxa-right", "乌云", branch, leadingCadre: false);
        var page = await SignedInPageAsync("alxa-right-admin");
        await page.SetViewportSizeAsync(390, 844);

        await Chromium.OpenMenuAsync(page);
        await page.ClickAsync(".sidebar a[href='/j/alxa-right/accounts']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("党员账号");
        await page.SelectOptionAsync("select[name=organizationId]", branch.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已开通 2 个账号");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await ShotAsync(page, "accounts-phone");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".notice a.slips-download"));
        Assert.StartsWith("账号分发单-", download.SuggestedFilename);
        await page.GotoAsync("/j/alxa-right/accounts");
        await Assertions.Expect(page.Locator("table.batches")).ToContainTextAsync("已于");
        Assert.Equal(0, await page.Locator("table.batches a").CountAsync());
    }

    [Fact]
    public async Task The_top_bar_switches_the_pages_to_english_and_back()
    {
        var page = await SignedInPageAsync("alxa-right-admin");
        await page.ClickAsync("header button:has-text('English')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("阿拉善右旗 · Dashboard");

        await page.ClickAsync("header button:has-text('中文')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("阿拉善右旗 · 工作台");
    }

    [Fact]
    public async Task The_organization_file_page_uploads_lists_bad_cells_and_reads_on_a_phone()
    {
        var page = await SignedInPageAsync("alxa-right-admin");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/j/alxa-right/organizations");
        await page.ClickAsync("main a[href='/j/alxa-right/organizations/import']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("导入导出组织");

        var bad = "组织编号,组织名称,组织类别,上级组织,书记,联系人,建立日期\nT1,巴丹吉林镇党委,党委,,,,2011-13-01\nB1,第一党支部,党小组,不存在的党委,,,\n";
        await page.SetInputFilesAsync("main input[type=file]", new FilePayload { Name = "组织.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(bad) });
        await page.ClickAsync("main button.primary");
        await Assertions.Expect(page.Locator("h2.error")).ToContainTextAsync("发现 3 处错误");
        await Assertions.Expect(page.Locator("table.import-errors tbody tr")).ToHaveCountAsync(3);
        // Each bad cell reads as a card: nothing wider than the phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await ShotAsync(page, "organization-import-errors-phone");

        var good = "组织编号,组织名称,组织类别,上级组织,书记\nB1,第一党支部,631_党支部,T1,乌云\nT1,巴丹吉林镇党委,6_党委,,\n";
        await page.SetInputFilesAsync("main input[type=file]", new FilePayload { Name = "组织.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(good) });
        await page.ClickAsync("main button.primary");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("新增 2 个组织");
        await Assertions.Expect(page.Locator("table.pending-secretaries")).ToContainTextAsync("乌云");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await ShotAsync(page, "organization-import-done-phone");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("main a[href$='handler=Template']"));
        Assert.Equal("组织信息模板.xlsx", download.SuggestedFilename);
    }

    /// <summary>
    /// Pickers, not id numbers (issue 15 item 3): on a phone the office types part of a name into the organization and
    /// person pickers, picks by keyboard and by tap, and the form posts the ids — the event is the branch's, the
    /// attendance the member's.
    /// </summary>
    [Fact]
    public async Task The_pickers_search_as_one_types_and_pick_by_keyboard_and_touch_on_a_phone()
    {
        var j = await TestJurisdiction.CreateAsync(_host, "pick-shot", "阿拉善右旗", [], """
            阿拉善右旗委 | 党委
              巴丹吉林镇党委 | 党委 | 苏木镇/乡镇
                第一党支部 | 党支部 | 嘎查/农村
                  - 王芳
                第二党支部 | 党支部 | 嘎查/农村
                  - 张伟
            """);
        var page = await SignedInPageAsync("pick-shot-admin");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/j/pick-shot/office/events");

        var organization = page.GetByLabel("组织", new() { Exact = true });
        Assert.Equal("combobox", await organization.GetAttributeAsync("role"));
        Assert.True((await organization.BoundingBoxAsync())!.Height >= 40, "the picker is touch-sized");
        await organization.FillAsync("第二");
        var option = page.Locator(".picker-list li[role=option]", new() { HasText = "第二党支部" });
        await Assertions.Expect(option).ToContainTextAsync("阿拉善右旗委 › 巴丹吉林镇党委 › 第二党支部");
        await ShotAsync(page, "picker-list-phone");
        await organization.PressAsync("ArrowDown");
        await organization.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".picker-list:visible")).ToHaveCountAsync(0); // picked: no list left open over the form
        Assert.Equal(j.Org["第二党支部"].ToString(), await page.InputValueAsync("input[type=hidden][name=organizationId]"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await ShotAsync(page, "picker-organization-phone");

        await page.FillAsync("main input[name=title]", "支部党员大会");
        await page.FillAsync("main input[name=startsAt]", "2011-06-01T09:00");
        await page.FillAsync("main input[name=hours]", "2");
        await page.ClickAsync("main form button.primary");
        try
        {
            // A retrying check of the address, not a wait for a navigation event: on a warm host the event's page can be
            // there before the wait begins, and a wait for the next "commit" would then never end.
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/j/pick-shot/office/events/\\d+"));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new TimeoutException($"The event form did not lead to the event: {page.Url}\n{await page.InnerTextAsync("main")}", ex);
        }
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("第二党支部");

        var person = page.GetByLabel("人员", new() { Exact = true });
        await person.FillAsync("张");
        await page.Locator(".picker-list li[role=option]", new() { HasText = "张伟" }).ClickAsync();
        Assert.Equal(j.People["张伟"].ToString(), await page.InputValueAsync("input[type=hidden][name=personId]"));
        await ShotAsync(page, "picker-person-phone");
        await page.ClickAsync("main form button.primary");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("张伟");
    }
}
