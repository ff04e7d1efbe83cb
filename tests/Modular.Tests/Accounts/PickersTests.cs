using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Modular.Audit;
using Modular.Identity;
using Modular.Tests.Roster;
using Modular.Tests.Security;

namespace Modular.Tests.Accounts;

/// <summary>
/// Pickers, not ID numbers (issue 15 item 3): the person and organization searches answer the current jurisdiction
/// only and of it what the user sees; the pages' forms post the picked ids (calendar, users, events, attendance);
/// the office links an account to a roster member on a page (link, change, unlink; a member linked elsewhere and
/// another jurisdiction's person refused); the users list a page at a time with filter and sort (item 4).
/// One host for the class, emptied before each test; each test builds the same two jurisdictions.
/// </summary>
[RunsLong(65)]
public sealed class PickersTests(BareHost shared) : IClassFixture<BareHost>, IAsyncLifetime
{
    private const string Code = "pick-a";
    private const string Other = "pick-b";
    private TestHost _host = null!;
    private TestJurisdiction _a = null!;
    private TestJurisdiction _b = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        _a = await TestJurisdiction.CreateAsync(_host, Code, "阿拉善右旗", [], """
            阿拉善右旗委 | 党委
              巴丹吉林镇党委 | 党委 | 苏木镇/乡镇
                第一党支部 | 党支部 | 嘎查/农村
                  - 王芳 | 书记
                  - 李明
                第二党支部 | 党支部 | 嘎查/农村
                  - 张伟
                  - 王强
            """);
        _b = await TestJurisdiction.CreateAsync(_host, Other, "外县", [], """
            外县委 | 党委
              外村党支部 | 党支部 | 嘎查/农村
                - 王外
            """);
        await _a.UserAsync($"{Code}-secretary", Roles.OrganizationOfficer, _a.Org["第一党支部"], _a.People["王芳"]);
        await _a.UserAsync($"{Code}-member", Roles.Member, personId: _a.People["李明"]);
        await _a.UserAsync($"{Code}-loose", Roles.Member);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement[]> PickAsync(HttpClient api, string jurisdiction, string what, string q = "")
    {
        var response = await api.GetAsync($"/api/j/{jurisdiction}/pickers/{what}?q={Uri.EscapeDataString(q)}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }

    private static string[] Names(JsonElement[] items) => [.. items.Select(i => i.GetProperty("name").GetString()!).Order()];

    private async Task<string> PageAsync(HttpClient browser, string url) => WebUtility.HtmlDecode(await browser.GetStringAsync(url));

    [Fact]
    public async Task The_searches_answer_this_jurisdiction_only_with_the_organization_path()
    {
        var office = _a.OfficeApi;
        var people = await PickAsync(office, Code, "people", "王");
        Assert.Equal(["王强", "王芳"], Names(people)); // not 王外 of the other jurisdiction
        var wang = people.Single(p => p.GetProperty("name").GetString() == "王芳");
        Assert.Equal(_a.People["王芳"], wang.GetProperty("id").GetInt64());
        Assert.Equal("阿拉善右旗委 › 巴丹吉林镇党委 › 第一党支部", wang.GetProperty("path").GetString());
        Assert.Equal(["张伟"], Names(await PickAsync(office, Code, "people", _a.People["张伟"].ToString()))); // by roster number

        var branches = await PickAsync(office, Code, "organizations", "支部");
        Assert.Equal(["第一党支部", "第二党支部"], Names(branches));
        Assert.Equal("阿拉善右旗委 › 巴丹吉林镇党委 › 第二党支部", branches.Single(b => b.GetProperty("name").GetString() == "第二党支部").GetProperty("path").GetString());
        Assert.Equal(4, (await PickAsync(office, Code, "organizations")).Length); // an empty search: the first page of all
        Assert.Empty(await PickAsync(office, Code, "people", "王外"));
        Assert.Empty(await PickAsync(office, Code, "organizations", "外村"));

        // Another jurisdiction's office does not reach this one's searches at all, nor this one's theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await _b.OfficeApi.GetAsync($"/api/j/{Code}/pickers/people?q=王")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/j/{Other}/pickers/organizations")).StatusCode);
        Assert.Equal(["王外"], Names(await PickAsync(_b.OfficeApi, Other, "people", "王")));
        Assert.NotEqual(HttpStatusCode.OK, (await _host.Anonymous.GetAsync($"/api/j/{Code}/pickers/people")).StatusCode);
    }

    [Fact]
    public async Task Within_an_organization_the_search_offers_only_its_people_of_those_the_user_sees()
    {
        async Task<string[]> WithinAsync(HttpClient api, long within, string q = "") =>
            Names((await api.GetFromJsonAsync<JsonElement[]>($"/api/j/{Code}/pickers/people?within={within}&q={Uri.EscapeDataString(q)}"))!);
        var office = _a.OfficeApi;
        Assert.Equal(["李明", "王芳"], await WithinAsync(office, _a.Org["第一党支部"]));
        Assert.Equal(["王芳"], await WithinAsync(office, _a.Org["第一党支部"], "王"));
        Assert.Equal(["张伟", "李明", "王强", "王芳"], await WithinAsync(office, _a.Org["巴丹吉林镇党委"])); // and those under it
        Assert.Empty(await WithinAsync(office, _b.Org["外村党支部"])); // another jurisdiction's branch: no one

        var secretary = await _host.ApiClientAsync($"{Code}-secretary");
        Assert.Equal(["李明", "王芳"], await WithinAsync(secretary, _a.Org["第一党支部"]));
        Assert.Empty(await WithinAsync(secretary, _a.Org["第二党支部"])); // narrows what the user sees, never widens it
    }

    [Fact]
    public async Task Someone_who_left_the_party_is_no_longer_offered()
    {
        var office = await _host.ApiClientAsync($"{Code}-admin");
        var id = await _a.PersonAsync("王离开", _a.Org["第二党支部"]);
        Assert.Equal(["王离开"], Names(await PickAsync(office, Code, "people", "王离开")));

        var left = await office.PutAsJsonAsync($"/api/j/{Code}/people/{id}", new { name = "王离开", category = "正式党员", standing = "Expelled" });
        Assert.True(left.IsSuccessStatusCode, await left.Content.ReadAsStringAsync());
        Assert.Empty(await PickAsync(office, Code, "people", "王离开"));
        Assert.Contains("王强", Names(await PickAsync(office, Code, "people", "王"))); // the others still are
    }

    [Fact]
    public async Task A_secretary_finds_their_branch_and_a_member_only_themselves()
    {
        var secretary = await _host.ApiClientAsync($"{Code}-secretary");
        Assert.Equal(["李明", "王芳"], Names(await PickAsync(secretary, Code, "people")));
        Assert.Empty(await PickAsync(secretary, Code, "people", "张伟")); // the other branch
        Assert.Equal(["第一党支部"], Names(await PickAsync(secretary, Code, "organizations")));

        var member = await _host.ApiClientAsync($"{Code}-member");
        Assert.Equal(["李明"], Names(await PickAsync(member, Code, "people")));
        Assert.Empty(await PickAsync(member, Code, "people", "王"));
        Assert.Equal(["第一党支部"], Names(await PickAsync(member, Code, "organizations")));

        var loose = await _host.ApiClientAsync($"{Code}-loose"); // not on the roster: nothing to pick
        Assert.Empty(await PickAsync(loose, Code, "people"));
        Assert.Empty(await PickAsync(loose, Code, "organizations"));
    }

    [Fact]
    public async Task The_users_page_takes_an_organization_from_the_picker_and_names_it_in_the_list()
    {
        var office = await _host.BrowserClientAsync($"{Code}-admin");
        var page = await PageAsync(office, $"/j/{Code}/office/users");
        Assert.Contains($"data-picker-source=\"/api/j/{Code}/pickers/organizations\"", page);
        Assert.Contains($"<option value=\"{_a.Org["第二党支部"]}\" data-name=\"第二党支部\" data-path=\"阿拉善右旗委 › 巴丹吉林镇党委 › 第二党支部\">", page);
        Assert.DoesNotContain("负责组织编号", page);
        Assert.DoesNotContain("type=\"number\"", page);

        var created = await TestHost.SubmitFormAsync(office, $"/j/{Code}/office/users", new()
        {
            ["UserName"] = "pick-officer", ["DisplayName"] = "赵组织", ["Password"] = "a-long-password-1", ["Role"] = Roles.OrganizationOfficer,
            ["OrganizationId"] = _a.Org["第二党支部"].ToString(),
        });
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        Assert.Contains("已创建用户 pick-officer", html);
        Assert.Contains("组织委员/书记（第二党支部）", html);
        Assert.DoesNotContain("（组织 ", html);

        // Another jurisdiction's organization through the same field is refused.
        var refused = await TestHost.SubmitFormAsync(office, $"/j/{Code}/office/users", new()
        {
            ["UserName"] = "pick-foreign", ["DisplayName"] = "钱外", ["Password"] = "a-long-password-1", ["Role"] = Roles.OrganizationOfficer,
            ["OrganizationId"] = _b.Org["外村党支部"].ToString(),
        });
        Assert.Contains($"本辖区没有编号为 {_b.Org["外村党支部"]} 的组织", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_office_links_changes_and_unlinks_an_account_and_a_member_has_one_account()
    {
        var office = await _host.BrowserClientAsync($"{Code}-admin");
        var id = (await _host.CreateUserAsync(_a.Id, "pick-link", Roles.Member)).Id;
        var page = $"/j/{Code}/office/users/{id}";
        Assert.Contains($"href=\"{page}\"", await office.GetStringAsync($"/j/{Code}/office/users?name=pick-link"));
        var before = await PageAsync(office, page);
        Assert.Contains("该账号尚未关联党员", before);
        Assert.Contains($"data-picker-source=\"/api/j/{Code}/pickers/people\"", before);

        // Link.
        var linked = await TestHost.SubmitFormAsync(office, page, new() { ["personId"] = _a.People["张伟"].ToString() }, page + "?handler=Link");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var shown = await PageAsync(office, linked.Headers.Location!.OriginalString);
        Assert.Contains("已关联党员", shown);
        Assert.Contains("<strong>张伟</strong> · 阿拉善右旗委 › 巴丹吉林镇党委 › 第二党支部", shown);
        Assert.Contains("张伟<small class=\"muted\">（第二党支部）</small>", await PageAsync(office, $"/j/{Code}/office/users?name=pick-link"));

        // Change.
        var changed = await TestHost.SubmitFormAsync(office, page, new() { ["personId"] = _a.People["王强"].ToString() }, page + "?handler=Link");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("<strong>王强</strong>", await PageAsync(office, page));

        // A member who has an account already: refused, naming it.
        var duplicate = await TestHost.SubmitFormAsync(office, page, new() { ["personId"] = _a.People["李明"].ToString() }, page + "?handler=Link");
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var refusal = WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync());
        Assert.Contains($"该党员已关联账号 {Code}-member", refusal);
        Assert.Contains("<strong>王强</strong>", refusal); // unchanged

        // Another jurisdiction's person: refused as not on this roster.
        var foreign = await TestHost.SubmitFormAsync(office, page, new() { ["personId"] = _b.People["王外"].ToString() }, page + "?handler=Link");
        Assert.Contains($"本辖区名册中没有编号为 {_b.People["王外"]} 的党员", WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync()));
        var nobody = await TestHost.SubmitFormAsync(office, page, new(), page + "?handler=Link");
        Assert.Contains("请选择要关联的党员", WebUtility.HtmlDecode(await nobody.Content.ReadAsStringAsync()));

        // Unlink: not without the ticked confirmation (the member would lose their own pages), then with it.
        var unconfirmed = await TestHost.SubmitFormAsync(office, page, new(), page + "?handler=Unlink");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var asked = WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync());
        Assert.Contains("请勾选“确认取消关联”后再取消", asked);
        Assert.Contains("<strong>王强</strong>", asked); // still linked
        var unlinked = await TestHost.SubmitFormAsync(office, page, new() { ["confirm"] = "true" }, page + "?handler=Unlink");
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        var after = await PageAsync(office, unlinked.Headers.Location!.OriginalString);
        Assert.Contains("已取消关联", after);
        Assert.Contains("该账号尚未关联党员", after);

        // Audited like the API: the link, the change and the unlink, by the office.
        var log = _host.App.Services.GetRequiredService<AuditLog>();
        var entries = (await log.SearchAsync(_a.Id, new AuditFilter { Entity = "identity.person_accounts", UserName = $"{Code}-admin", PageSize = 500 })).Items
            .Where(e => (e.After ?? e.Before)!.Value.GetProperty("user_id").GetInt32() == id).ToList();
        Assert.Equal(3, entries.Count);
        Assert.Contains(entries, e => e.Action == AuditAction.Delete);

        // Another jurisdiction's account is not there to link.
        var otherOffice = await _host.BrowserClientAsync($"{Other}-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync($"/j/{Other}/office/users/{id}")).StatusCode);
        // And a member does not reach the page.
        var member = await _host.BrowserClientAsync($"{Code}-member");
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task The_office_resets_a_password_on_the_account_s_page_and_the_user_signs_in_with_it()
    {
        var office = await _host.BrowserClientAsync($"{Code}-admin");
        var id = (await _host.CreateUserAsync(_a.Id, "pick-reset", Roles.Member)).Id;
        var page = $"/j/{Code}/office/users/{id}";
        Assert.DoesNotContain("handler=Reset", await office.GetStringAsync($"/j/{Code}/office/users")); // no list of every account to pick from

        var weak = await TestHost.SubmitFormAsync(office, page, new() { ["NewPassword"] = "123" }, page + "?handler=Reset");
        Assert.Contains("field-error", await weak.Content.ReadAsStringAsync());

        var reset = await TestHost.SubmitFormAsync(office, page, new() { ["NewPassword"] = "office-chosen-2026" }, page + "?handler=Reset");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("密码已重置", await PageAsync(office, reset.Headers.Location!.OriginalString));

        using var signIn = new HttpClient { BaseAddress = _host.BaseAddress };
        var response = await signIn.PostAsJsonAsync("/api/auth/login", new { userName = "pick-reset", password = "office-chosen-2026" });
        Assert.True(response.IsSuccessStatusCode, $"sign-in with the new password: {(int)response.StatusCode}");

        var otherOffice = await _host.BrowserClientAsync($"{Other}-admin");
        var foreign = await otherOffice.GetAsync($"/j/{Other}/office/users/{id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode); // another jurisdiction's office cannot reach this account
    }

    [Fact]
    public async Task The_users_list_shows_fifty_a_page_filtered_by_name_and_role_and_sorted()
    {
        var jurisdiction = await _host.CreateJurisdictionAsync("pick-many", "多用户县");
        for (var i = 1; i <= 55; i++) await _host.CreateUserAsync(jurisdiction.Id, $"many-{i:D2}", Roles.Member);
        await _host.CreateUserAsync(jurisdiction.Id, "many-auditor", Roles.Auditor);
        var office = await _host.BrowserClientAsync("pick-many-admin");
        static int Rows(string html) => Regex.Matches(html, "<tr><td><a href=\"/j/pick-many/office/users/\\d+\">").Count;

        var first = await PageAsync(office, "/j/pick-many/office/users");
        Assert.Equal(50, Rows(first));
        Assert.Contains("第 1 / 2 页，共 57 条", first); // 55, the auditor and the office
        Assert.Equal(7, Rows(await PageAsync(office, "/j/pick-many/office/users?page=2")));

        var named = await PageAsync(office, "/j/pick-many/office/users?name=many-0");
        Assert.Equal(9, Rows(named)); // many-01 … many-09
        var auditors = await PageAsync(office, $"/j/pick-many/office/users?role={Roles.Auditor}");
        Assert.Equal(1, Rows(auditors));
        Assert.Contains(">many-auditor<", auditors);

        var byUserNameDesc = await PageAsync(office, "/j/pick-many/office/users?sort=UserName&desc=true&name=many-");
        Assert.True(byUserNameDesc.IndexOf(">many-55<", StringComparison.Ordinal) < byUserNameDesc.IndexOf(">many-54<", StringComparison.Ordinal));
        Assert.Contains("sort=UserName", byUserNameDesc[byUserNameDesc.IndexOf("class=\"pager\"", StringComparison.Ordinal)..]);
        var byRole = await PageAsync(office, "/j/pick-many/office/users?sort=Role");
        Assert.True(byRole.IndexOf(">many-auditor<", StringComparison.Ordinal) < byRole.IndexOf(">many-01<", StringComparison.Ordinal)); // auditor before member
    }

    [Fact]
    public async Task The_calendar_events_and_attendance_take_the_picked_ids()
    {
        var office = await _host.BrowserClientAsync($"{Code}-admin");
        var calendar = await PageAsync(office, $"/j/{Code}/calendar?person={_a.People["张伟"]}");
        Assert.DoesNotContain("人员编号", calendar);
        Assert.Contains($"data-picker-source=\"/api/j/{Code}/pickers/people\"", calendar);
        Assert.Contains($"<option value=\"{_a.People["张伟"]}\" selected=\"selected\" data-name=\"张伟\"", calendar);
        Assert.Contains(" · 张伟</h1>", calendar);
        var byOrganization = await PageAsync(office, $"/j/{Code}/calendar?organization={_a.Org["第一党支部"]}");
        Assert.Contains($"<option value=\"{_a.Org["第一党支部"]}\" selected=\"selected\" data-name=\"第一党支部\"", byOrganization);

        // A secretary's calendar picker lists their branch's people only.
        var secretary = await PageAsync(await _host.BrowserClientAsync($"{Code}-secretary"), $"/j/{Code}/calendar");
        Assert.Contains("data-name=\"李明\"", secretary);
        Assert.DoesNotContain("data-name=\"张伟\"", secretary);

        var events = $"/j/{Code}/office/events";
        Assert.DoesNotContain("组织编号", await PageAsync(office, events));
        var created = await TestHost.SubmitFormAsync(office, events, new()
        {
            ["title"] = "支部党员大会", ["kind"] = "meeting", ["organizationId"] = _a.Org["第二党支部"].ToString(),
            ["startsAt"] = "2011-06-01T09:00", ["hours"] = "2",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()));
        var eventPage = created.Headers.Location!.OriginalString;
        Assert.Contains("<td>第二党支部</td>", await PageAsync(office, events));

        var attended = await TestHost.SubmitFormAsync(office, eventPage, new() { ["personId"] = _a.People["张伟"].ToString() });
        var html = WebUtility.HtmlDecode(await attended.Content.ReadAsStringAsync());
        Assert.Contains("已登记", html);
        Assert.Contains("<td>张伟</td>", html);
        Assert.DoesNotContain("人员编号", html);
    }

    [Fact]
    public async Task Without_script_a_long_roster_s_person_picker_is_a_box_that_takes_a_unique_name()
    {
        const string code = "pick-long";
        var (admin, _) = await _host.BannerWithBranchesAsync(code);
        var csv = new StringBuilder("姓名,所在党支部,人员类别,出生日期,党籍状态\n");
        for (var i = 1; i <= 305; i++) csv.Append($"党员{i:D3},第一党支部,正式党员,1970-01-01,正常\n");
        csv.Append("乌云,第二党支部,正式党员,1980-01-01,正常\n党员同名,第一党支部,正式党员,1981-01-01,正常\n");
        var imported = await admin.ImportAsync(code, Encoding.UTF8.GetBytes(csv.ToString()), "名册.csv");
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var wuyun = (await admin.PeopleAsync(code, "?name=乌云")).Single().GetProperty("id").GetInt64();
        var branch = (await admin.GetItemsAsync($"/api/j/{code}/organizations")).Single(o => o.GetProperty("code").GetString() == "B2").GetProperty("id").GetInt64();
        var namesake = await admin.PostAsJsonAsync($"/api/j/{code}/people", new { name = "党员同名", organizationId = branch, category = "正式党员" });
        Assert.True(namesake.StatusCode == HttpStatusCode.Created, await namesake.Content.ReadAsStringAsync());
        var office = await _host.BrowserClientAsync(code + "-admin");

        // Too many people for one list: a text box showing the chosen person's name, marked for the server.
        var calendar = await PageAsync(office, $"/j/{code}/calendar?person={wuyun}");
        Assert.Contains("name=\"__picker-person\" value=\"person\"", calendar);
        Assert.Contains($"name=\"person\" type=\"text\" value=\"乌云\"", calendar);
        Assert.DoesNotContain("data-name=\"党员001\"", calendar);

        // The GET form sends the typed name: the calendar is hers.
        var byName = await PageAsync(office, $"/j/{code}/calendar?__picker-person=person&person={Uri.EscapeDataString("乌云")}");
        Assert.Contains(" · 乌云</h1>", byName);

        // A post form too: attendance by a typed name; a name two people share is not guessed.
        var created = await TestHost.SubmitFormAsync(office, $"/j/{code}/office/events", new()
        {
            ["title"] = "党课", ["kind"] = "lecture", ["organizationId"] = branch.ToString(), ["startsAt"] = "2011-06-01T09:00", ["hours"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var eventPage = created.Headers.Location!.OriginalString;
        var attended = WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(office, eventPage, new() { ["personId"] = "乌云", ["__picker-person"] = "personId" })).Content.ReadAsStringAsync());
        Assert.Contains("已登记", attended);
        Assert.Contains("<td>乌云</td>", attended);
        var shared = WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(office, eventPage, new() { ["personId"] = "党员同名", ["__picker-person"] = "personId" })).Content.ReadAsStringAsync());
        Assert.Contains("请选择人员", shared);
        Assert.DoesNotContain("<td>党员同名</td>", shared);
    }
}
