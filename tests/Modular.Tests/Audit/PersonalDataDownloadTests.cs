using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Audit;
using Modular.Identity;
using Modular.Sdk.Blocks;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;

namespace Modular.Tests.Audit;

/// <summary>
/// Every download of a list with personal data is in the audit log (issue 14 item 3): who, which list, how many people,
/// when; and a member's export keeps phones and ID numbers masked as the screen does.
/// </summary>
public sealed class PersonalDataDownloadTests(PersonalDataDownloadTests.Host fixture) : IClassFixture<PersonalDataDownloadTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public TestHost App { get; private set; } = null!;
        public async Task InitializeAsync() => App = await TestHost.StartAsync(["test-good"]);
        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private async Task<IReadOnlyList<AuditEntry>> DownloadsAsync(int jurisdictionId) =>
        (await fixture.App.App.Services.GetRequiredService<AuditLog>().SearchAsync(jurisdictionId, new AuditFilter { Action = AuditAction.Download })).Items;

    private async Task<(HttpClient Admin, int JurisdictionId, long Branch)> BannerWithTwoMembersAsync(string code)
    {
        var (admin, jurisdictionId) = await fixture.App.BannerWithBranchesAsync(code);
        var branch = (await admin.GetItemsAsync($"/api/j/{code}/organizations")).Single(o => o.GetProperty("code").GetString() == "B1").GetProperty("id").GetInt64();
        foreach (var (name, phone) in new[] { ("其其格", "13812345678"), ("巴特尔", "13987654321") })
        {
            var response = await admin.PostAsJsonAsync($"/api/j/{code}/people", new { name, organizationId = branch, phone, category = "正式党员" });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
        return (admin, jurisdictionId, branch);
    }

    [Fact]
    public async Task A_roster_export_is_recorded_with_who_which_list_how_many_people_and_the_path()
    {
        var (admin, jurisdictionId, branch) = await BannerWithTwoMembersAsync("dl-roster");

        var file = await admin.GetAsync($"/api/j/dl-roster/people/export?format=csv&organizationId={branch}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);

        var entry = Assert.Single(await DownloadsAsync(jurisdictionId));
        Assert.Equal(("download", "党员名册", "dl-roster-admin"), (entry.Entity, entry.EntityKey, entry.UserName));
        var after = entry.After!.Value;
        Assert.Equal(("csv", 2, 2), (after.GetProperty("format").GetString(), after.GetProperty("rows").GetInt32(), after.GetProperty("people").GetInt32()));
        Assert.Equal($"/api/j/dl-roster/people/export?format=csv&organizationId={branch}", after.GetProperty("path").GetString());
        Assert.True(DateTimeOffset.UtcNow - entry.OccurredAt < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_members_export_is_recorded_under_their_name_and_keeps_phones_masked()
    {
        var (_, jurisdictionId, _) = await BannerWithTwoMembersAsync("dl-member");
        await fixture.App.CreateUserAsync(jurisdictionId, "dl-member-m", Roles.Member);
        var member = await fixture.App.ApiClientAsync("dl-member-m");

        var csv = await (await member.GetAsync("/api/j/dl-member/people/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("138****5678", csv);
        Assert.DoesNotContain("13812345678", csv);

        var entry = Assert.Single(await DownloadsAsync(jurisdictionId));
        Assert.Equal("dl-member-m", entry.UserName);
    }

    [Fact]
    public async Task A_plugins_ledger_download_is_recorded_by_the_host_and_shown_on_the_audit_page()
    {
        var jurisdiction = await fixture.App.CreateJurisdictionAsync("dl-ledger", "台账旗", "test-good");
        var admin = await fixture.App.ApiClientAsync("dl-ledger-admin");

        var ledger = await admin.GetAsync("/api/j/dl-ledger/test-good/ledgers/study-notes?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);

        var entry = Assert.Single(await DownloadsAsync(jurisdiction.Id));
        Assert.Equal(("学习笔记台账", "xlsx", 0), (entry.EntityKey, entry.After!.Value.GetProperty("format").GetString(), entry.After!.Value.GetProperty("people").GetInt32()));

        var browser = await fixture.App.BrowserClientAsync("dl-ledger-admin");
        var page = await browser.GetStringAsync("/j/dl-ledger/office/audit?action=Download");
        Assert.Contains("下载 名单下载", page);
        Assert.Contains("学习笔记台账", page);
    }

    [Fact]
    public void A_ledger_counts_the_rows_that_name_a_person_in_its_person_columns()
    {
        var ledger = new LedgerDefinition("台账", [new("姓名", LedgerColumnType.Person), new("字数", LedgerColumnType.Integer)],
            [["其其格", 300], ["", 10], [null, 5], ["巴特尔", 0]]);
        Assert.Equal(2, ledger.RowsNamingPeople());
        Assert.Equal(0, new LedgerDefinition("统计", [new("党组织"), new("党员数", LedgerColumnType.Integer)], [["第一党支部", 12]]).RowsNamingPeople());
    }
}
