using System.Net;
using Modular.Tests.Security;

namespace Modular.Tests.Admin;

/// <summary>
/// Issue 15 item 7: destructive actions ask for a confirmation that holds without JavaScript (archiving a jurisdiction
/// wants its code typed, deleting an organization a ticked box), saves that leave the page still say what they did,
/// and a new account defaults to the least privilege. One host for the class, emptied before each test.
/// </summary>
public sealed class SafetyAndFeedbackTests(BareHost shared) : IClassFixture<BareHost>, IAsyncLifetime
{
    private const string Code = "safety";
    private TestHost _host = null!;
    private TestJurisdiction _j = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        _j = await TestJurisdiction.CreateAsync(_host, Code, "安全县", [], """
            安全县委 | 党委
              东关村党支部 | 党支部 | 嘎查/农村
                - 李明
              空支部 | 党支部 | 社区
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Archiving_a_jurisdiction_needs_its_code_typed_and_restoring_does_not()
    {
        var platform = await _host.BrowserClientAsync(TestHost.PlatformAdmin);
        var page = $"/admin/jurisdictions/{_j.Id}";
        Assert.Contains("name=\"ConfirmCode\"", await platform.GetStringAsync(page));

        foreach (var typed in new[] { "", "another" })
        {
            var refused = await TestHost.SubmitFormAsync(platform, page, new() { ["archived"] = "true", ["ConfirmCode"] = typed }, page + "?handler=Archive");
            Assert.Contains($"请输入辖区代码“{Code}”以确认归档", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.OK, (await (await _host.BrowserClientAsync($"{Code}-admin")).GetAsync($"/j/{Code}")).StatusCode);

        var archived = await TestHost.SubmitFormAsync(platform, page, new() { ["archived"] = "true", ["ConfirmCode"] = Code }, page + "?handler=Archive");
        Assert.Contains("已归档", await archived.Content.ReadAsStringAsync());
        var restored = await TestHost.SubmitFormAsync(platform, page, new() { ["archived"] = "false" }, page + "?handler=Archive");
        Assert.Contains("已恢复", await restored.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deleting_an_organization_needs_a_ticked_confirmation_and_the_list_says_it_is_gone()
    {
        var office = await _host.BrowserClientAsync($"{Code}-admin");
        var page = $"/j/{Code}/organizations/{_j.Org["空支部"]}";
        var refused = await TestHost.SubmitFormAsync(office, page, new(), page + "?handler=Delete");
        Assert.Contains("请勾选“确认删除”后再删除", await refused.Content.ReadAsStringAsync());

        var deleted = await TestHost.SubmitFormAsync(office, page, new() { ["confirm"] = "true" }, page + "?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var list = await office.GetStringAsync(deleted.Headers.Location!.OriginalString);
        Assert.Contains("组织已删除", list);
        Assert.DoesNotContain("组织已删除", await office.GetStringAsync($"/j/{Code}/organizations")); // said once
    }

    [Fact]
    public async Task A_member_added_on_the_roster_page_lands_on_their_page_with_a_notice()
    {
        var office = await _host.BrowserClientAsync($"{Code}-admin");
        var created = await TestHost.SubmitFormAsync(office, $"/j/{Code}/people", new()
        {
            ["OrganizationId"] = _j.Org["东关村党支部"].ToString(), ["Name"] = "王新", ["Gender"] = "女", ["BirthDate"] = "1990-03-01",
            ["Category"] = "Full", ["Standing"] = "Normal",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("已添加党员“王新”", await office.GetStringAsync(created.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task The_new_user_form_starts_at_the_least_privilege_member()
    {
        var office = await _host.BrowserClientAsync($"{Code}-admin");
        var users = await office.GetStringAsync($"/j/{Code}/office/users");
        Assert.Matches("<option value=\"member\" selected=\"selected\">", users);
        Assert.DoesNotMatch("<option value=\"jurisdiction-admin\" selected", users);
    }
}
