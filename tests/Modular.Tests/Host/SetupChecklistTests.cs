using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;

namespace Modular.Tests.Host;

/// <summary>
/// The setup checklist (issue 14 item 4): the steps the modules and the host register, in order, each showing what is
/// done from the jurisdiction's own data and linking to its page and templates.
/// </summary>
public sealed class SetupChecklistTests(SetupChecklistTests.Host fixture) : IClassFixture<SetupChecklistTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public TestHost App { get; private set; } = null!;
        public async Task InitializeAsync() => App = await TestHost.StartAsync(["test-good"]);
        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private static readonly string[] StepTitles = ["导入党组织", "导入党员名册", "为党员开通账号", "启用活动模块并设置日期", "为支部书记等开通管理账号"];

    private async Task<string> ChecklistAsync(string code)
    {
        var browser = await fixture.App.BrowserClientAsync(code + "-admin");
        var response = await browser.GetAsync($"/j/{code}/office/setup");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_jurisdiction_starts_with_nothing_done_and_the_steps_in_order_with_their_pages_and_templates()
    {
        await fixture.App.CreateJurisdictionAsync("setup-new", "新旗");

        var page = await ChecklistAsync("setup-new");

        Assert.Contains("已完成 0 / ", page);
        var positions = StepTitles.Select((t, i) => page.IndexOf($"{i + 1}. {t}", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("href=\"/j/setup-new/organizations/import\"", page);
        Assert.Contains("href=\"/api/j/setup-new/organizations/template\"", page);
        Assert.Contains("href=\"/j/setup-new/people/import\"", page);
        Assert.Contains("href=\"/api/j/setup-new/people/template\"", page);
        Assert.Contains("href=\"/j/setup-new/office/plugins\"", page);
        Assert.Contains("还没有党组织。", page);
        Assert.Contains("尚未启用任何活动模块。", page);
    }

    [Fact]
    public async Task Each_step_is_done_when_the_jurisdictions_data_says_so()
    {
        var (admin, jurisdictionId) = await fixture.App.BannerWithBranchesAsync("setup-done");
        var branch = (await admin.GetItemsAsync("/api/j/setup-done/organizations")).Single(o => o.GetProperty("code").GetString() == "B1").GetProperty("id").GetInt64();
        var created = await admin.PostAsJsonAsync("/api/j/setup-done/people", new { name = "其其格", organizationId = branch, category = "正式党员" });
        var secretary = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/j/setup-done/organizations/{branch}/officers", new { personId = secretary, post = "书记" })).StatusCode);

        var page = await ChecklistAsync("setup-done");
        Assert.Contains("已有 3 个党组织。", page);
        Assert.Contains("名册中有 1 名党员。", page);
        Assert.Contains("1 个有书记或委员的党组织中，0 个已有管理账号。", page);
        Assert.Contains("1 名党员中，0 名已有账号。", page);
        Assert.Contains("href=\"/j/setup-done/accounts\"", page);

        // The plugin on with its defaults is not set up yet; saving its own numbers is.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/j/setup-done/plugins/test-good", new { enabled = true })).StatusCode);
        Assert.Contains("已启用 1 个模块，其中 0 个已设置。", await ChecklistAsync("setup-done"));
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/j/setup-done/plugins")).EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "test-good").GetProperty("switchVersion").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/j/setup-done/plugins/test-good",
            new { enabled = true, version, settings = new Dictionary<string, string> { ["note.minChars"] = "20" } })).StatusCode);
        await fixture.App.CreateUserAsync(jurisdictionId, "setup-done-secretary", Roles.OrganizationOfficer, branch);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/j/setup-done/accounts/provision", new { organizationId = branch })).StatusCode);

        page = await ChecklistAsync("setup-done");
        Assert.Contains("已启用 1 个模块，其中 1 个已设置。", page);
        Assert.Contains("1 个有书记或委员的党组织中，1 个已有管理账号。", page);
        Assert.Contains("1 名党员中，1 名已有账号。", page);
        Assert.Contains($"已完成 {StepTitles.Length} / {StepTitles.Length} 步", page);
    }

    [Fact]
    public async Task The_roster_template_has_the_imports_headers_and_no_rows_and_only_the_office_gets_it()
    {
        var jurisdiction = await fixture.App.CreateJurisdictionAsync("setup-tpl", "模板旗");
        var admin = await fixture.App.ApiClientAsync("setup-tpl-admin");

        var file = await admin.GetAsync("/api/j/setup-tpl/people/template");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(0, (await (await admin.ImportAsync("setup-tpl", await file.Content.ReadAsByteArrayAsync(), "模板.xlsx")).JsonAsync()).GetProperty("added").GetInt32());

        await fixture.App.CreateUserAsync(jurisdiction.Id, "setup-tpl-member", Roles.Member);
        var member = await fixture.App.ApiClientAsync("setup-tpl-member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/j/setup-tpl/people/template")).StatusCode);
        var denied = await (await fixture.App.BrowserClientAsync("setup-tpl-member")).GetAsync("/j/setup-tpl/office/setup");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }
}
