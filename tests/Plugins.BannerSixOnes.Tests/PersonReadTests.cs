using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// Issue 11 item 7 in the six-ones plugin: every read of one person's records by a person id or a record of theirs
/// (notebook, notebook calendar, reading notes, research report; API and pages) follows the host's rule — the
/// person, the officers and inspectors of their organization or above, the office and auditors. A member reading
/// another member's, or an officer of another subtree, is refused (403/404, or the denied page); their secretary reads.
/// </summary>
public sealed class PersonReadTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    /// <summary>A refusal that shows nothing: 403, 404, or (a page) the redirect to the access-denied page.</summary>
    private static async Task AssertRefusedAsync(HttpResponseMessage response, string what, params string[] secrets)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied")),
            $"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        foreach (var secret in secrets) Assert.DoesNotContain(secret, body);
    }

    private static async Task AssertReadsAsync(HttpResponseMessage response, string what, params string[] expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        foreach (var text in expected) Assert.Contains(text, body);
    }

    [Fact]
    public async Task A_member_reads_no_other_members_notebook_books_or_report_and_their_secretary_the_office_and_auditors_do()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("person-read");
        await b.UserAsync($"{b.Code}-finance", Roles.OrganizationOfficer, b.Finance, null); // 旗财政局党支部's secretary
        await b.UserAsync($"{b.Code}-auditor", Roles.Auditor, null, null);
        var wuyun = b.People["乌云"];

        // 乌云 (巴丹吉林嘎查) has a note written by her secretary; 张伟 (旗财政局, leading cadre) files a book and a report.
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        const string NoteText = "乌云的学习笔记：认真学习党章，联系牧区实际。";
        var note = await secretary.PostAsJsonAsync(b.Api("/notes"), new { personId = wuyun, day = "2011-06-09", body = NoteText + new string('学', 300) });
        Assert.True(note.IsSuccessStatusCode, await note.Content.ReadAsStringAsync());
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        var book = await (await cadre.PostAsJsonAsync(b.Api("/books/notes"), new { title = "矛盾论", author = "毛泽东", body = TheoryBookTests.Notes(1500) })).Content.ReadFromJsonAsync<JsonElement>();
        var bookId = book.GetProperty("id").GetInt64();
        var report = await (await cadre.PostAsJsonAsync(b.Api("/reports"), new { title = "财政支农资金使用的调研", topic = "财政支农", body = ResearchReportTests.Body() })).Content.ReadFromJsonAsync<JsonElement>();
        var reportId = report.GetProperty("id").GetInt64();

        var readsOfWuyun = new[] { b.Api($"/notes?personId={wuyun}"), b.Api($"/notes/calendar?personId={wuyun}&month=2011-06") };
        var readsOfZhang = new[] { b.Api($"/books/notes/{bookId}"), b.Api($"/reports/{reportId}") };

        // 其其格, a member of the same branch, and the town's officer for 张伟 (another subtree): refused, through the API and the pages.
        var member = await b.ApiAsAsync($"{b.Code}-member");
        foreach (var url in readsOfWuyun.Concat(readsOfZhang)) await AssertRefusedAsync(await member.GetAsync(url), $"member GET {url}", "乌云的学习笔记", "财政支农资金");
        var memberPages = await b.BrowserAsAsync($"{b.Code}-member");
        await AssertRefusedAsync(await memberPages.GetAsync(b.Page($"/Notes?personId={wuyun}&month=2011-06&day=2011-06-09")), "member's notebook page", "乌云的学习笔记");
        await AssertRefusedAsync(await memberPages.GetAsync(b.Page($"/Reports/Detail?id={reportId}")), "member's report page", "财政支农资金");
        Assert.DoesNotContain("矛盾论", await memberPages.GetStringAsync(b.Page("/Books")));
        Assert.DoesNotContain((await member.GetFromJsonAsync<JsonElement[]>(b.Api("/books/notes")))!, r => r.GetProperty("id").GetInt64() == bookId);
        Assert.DoesNotContain((await member.GetFromJsonAsync<JsonElement[]>(b.Api("/reports")))!, r => r.GetProperty("id").GetInt64() == reportId);
        var town = await b.ApiAsAsync($"{b.Code}-town");
        foreach (var url in readsOfZhang) await AssertRefusedAsync(await town.GetAsync(url), $"town officer GET {url}", "财政支农资金");

        // Their own secretaries read them, so do the office and the auditor; each person reads their own.
        foreach (var url in readsOfWuyun) await AssertReadsAsync(await secretary.GetAsync(url), $"secretary GET {url}");
        await AssertReadsAsync(await secretary.GetAsync(readsOfWuyun[0]), "secretary reads the note", "乌云的学习笔记");
        await AssertReadsAsync(await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetAsync(b.Page($"/Notes?personId={wuyun}&month=2011-06&day=2011-06-09")),
            "secretary's notebook page", "乌云的学习笔记");
        var finance = await b.ApiAsAsync($"{b.Code}-finance");
        foreach (var url in readsOfZhang) await AssertReadsAsync(await finance.GetAsync(url), $"finance secretary GET {url}");
        await AssertReadsAsync(await (await b.BrowserAsAsync($"{b.Code}-finance")).GetAsync(b.Page($"/Reports/Detail?id={reportId}")), "finance secretary's report page", "财政支农资金");
        var auditor = await b.ApiAsAsync($"{b.Code}-auditor");
        foreach (var url in readsOfWuyun.Concat(readsOfZhang))
        {
            await AssertReadsAsync(await b.OfficeApi.GetAsync(url), $"office GET {url}");
            await AssertReadsAsync(await auditor.GetAsync(url), $"auditor GET {url}");
        }
        foreach (var url in readsOfZhang) await AssertReadsAsync(await cadre.GetAsync(url), $"the cadre's own {url}");
    }
}
