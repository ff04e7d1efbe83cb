using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;

namespace Modular.Tests.Audit;

/// <summary>
/// The audit page in words (issue 15 item 6): who did what to which record, the changed fields before → after by their
/// names, organizations and members by name, a link to the record, and filters by kind of record.
/// </summary>
public sealed class AuditPageTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private async Task<string> PageAsync(string code, string query = "")
    {
        var browser = await fixture.Host.BrowserClientAsync(code + "-admin");
        return WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{code}/office/audit{query}"));
    }

    [Fact]
    public async Task A_members_edit_reads_as_words_with_the_changed_field_and_a_link_to_the_member()
    {
        var (admin, _) = await fixture.Host.BannerWithBranchesAsync("audit-words");
        var branch = (await admin.GetItemsAsync("/api/j/audit-words/organizations")).Single(o => o.GetProperty("code").GetString() == "B1").GetProperty("id").GetInt64();
        var created = await admin.PostAsJsonAsync("/api/j/audit-words/people", new { name = "其其格", organizationId = branch, category = "正式党员", phone = "13812345678" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/j/audit-words/people/{id}",
            new { name = "其其格", organizationId = branch, category = "正式党员", phone = "13987654321", version = 1 })).StatusCode);

        var page = await PageAsync("audit-words");

        Assert.Contains("新增 党员", page);
        Assert.Contains($"<a href=\"/j/audit-words/people/{id}\">其其格</a>", page);
        Assert.Contains("<span class=\"field\">联系电话</span>： <del>13812345678</del> <span>→</span> <ins>13987654321</ins>", page);
        Assert.Contains("<span class=\"field\">姓名</span>：其其格", page); // the column's own name (its comment) over the common 名称
        Assert.Contains("<span class=\"field\">人员类别</span>：正式党员", page); // a stored value in words
        Assert.Contains("<span class=\"field\">所在组织</span>：第一党支部", page); // the organization by name, not its number
        Assert.Contains("新增 党组织", page);
        Assert.DoesNotContain("jurisdiction_id", page);
        Assert.DoesNotContain("roster.people", page.Replace("value=\"roster.people\"", ""));
    }

    [Fact]
    public async Task The_log_filters_by_kind_of_record_and_shows_downloads_as_such()
    {
        var (admin, _) = await fixture.Host.BannerWithBranchesAsync("audit-kinds");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/j/audit-kinds/people/export?format=csv")).StatusCode);

        var organizationsOnly = await PageAsync("audit-kinds", "?entity=roster.organizations");
        Assert.Contains("新增 党组织", organizationsOnly);
        Assert.DoesNotContain("<strong>党员名册</strong>", organizationsOnly);
        Assert.Contains("<option value=\"roster.people\">党员</option>", organizationsOnly);

        var downloads = await PageAsync("audit-kinds", "?entity=download");
        Assert.Contains("下载 名单下载", downloads);
        Assert.Contains("<strong>党员名册</strong>", downloads);
        Assert.Contains("<span class=\"field\">行数</span>：0", downloads);
    }
}
