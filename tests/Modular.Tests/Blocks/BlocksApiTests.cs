using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Sdk.Blocks;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Blocks;

public sealed class GoodPluginHost() : SharedTestHost(["test-good"]);

/// <summary>
/// The blocks through the host: a plugin submits a counted text and returns a ledger via the SDK; a reviewer returns and
/// accepts through the API. One host for the class, emptied before each test.
/// </summary>
public sealed class BlocksApiTests(GoodPluginHost shared) : IClassFixture<GoodPluginHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await shared.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_plugin_submits_texts_a_reviewer_returns_and_accepts_them_and_the_ledger_downloads_with_a_chinese_name()
    {
        await _host.CreateJurisdictionAsync("api-a", "甲旗", "test-good");
        await _host.CreateJurisdictionAsync("api-b", "乙旗", "test-good");
        var a = await _host.ApiClientAsync("api-a-admin");
        var b = await _host.ApiClientAsync("api-b-admin");
        var author = await RosterSetup.PersonAsync(a, "api-a", "王芳", await RosterSetup.OrganizationAsync(a, "api-a", "党支部", "党支部", null, null), leadingCadre: false);

        var tooShort = await a.PostAsJsonAsync("/api/j/api-a/test-good/study-notes", new { personId = author, day = "2011-05-10", body = new string('字', 299) });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("还差 1 字", await tooShort.Content.ReadAsStringAsync());
        var created = await a.PostAsJsonAsync("/api/j/api-a/test-good/study-notes", new { personId = author, day = "2011-05-10", body = new string('字', 300) });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var awaiting = await a.GetItemsAsync("/api/j/api-a/blocks/texts/awaiting-review");
        Assert.Equal([id], awaiting.Select(t => t.GetProperty("id").GetInt64()));
        Assert.Empty(await b.GetItemsAsync("/api/j/api-b/blocks/texts/awaiting-review"));
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/api/j/api-b/blocks/texts/{id}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync("/api/j/api-a/blocks/texts/awaiting-review")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await a.PostAsJsonAsync($"/api/j/api-a/blocks/texts/{id}/return", new { comment = "" })).StatusCode);
        var returned = await a.PostAsJsonAsync($"/api/j/api-a/blocks/texts/{id}/return", new { comment = "请结合本职工作" });
        Assert.Equal("Returned", (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await a.PostAsync($"/api/j/api-a/blocks/texts/{id}/accept", null)).StatusCode);
        await a.PostAsJsonAsync("/api/j/api-a/test-good/study-notes", new { personId = author, day = "2011-05-10", body = new string('字', 310) });
        var accepted = await a.PostAsync($"/api/j/api-a/blocks/texts/{id}/accept", null);
        var acceptedJson = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Accepted", "api-a-admin"), (acceptedJson.GetProperty("state").GetString(), acceptedJson.GetProperty("reviewedBy").GetString()));

        var xlsx = await a.GetAsync("/api/j/api-a/test-good/ledgers/study-notes?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("学习笔记台账.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Contains("filename*=UTF-8''", xlsx.Content.Headers.GetValues("Content-Disposition").Single());
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("学习笔记台账", document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);

        var csv = await a.GetAsync("/api/j/api-a/test-good/ledgers/study-notes?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("学习笔记台账.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        var rows = await csv.CsvRowsAsync();
        Assert.Equal(["作者", "日期", "字数", "状态"], rows[0]);
        Assert.Equal([author.ToString(System.Globalization.CultureInfo.InvariantCulture), "2011-05-10", "310", "Accepted"], rows[1]);
        var other = await (await b.GetAsync("/api/j/api-b/test-good/ledgers/study-notes?format=csv")).CsvRowsAsync();
        Assert.Single(other); // B's ledger: the header only

        // The host checks the declared parameters before the plugin is asked, and names what is wrong.
        Assert.Single(await (await a.GetAsync("/api/j/api-a/test-good/ledgers/study-notes?format=csv&from=2011-05-11")).CsvRowsAsync());
        var badDate = await a.GetAsync("/api/j/api-a/test-good/ledgers/study-notes?from=2011-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        var problem = await badDate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("2011-13-01", problem.GetProperty("errors").GetProperty("from")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync("/api/j/api-a/test-good/ledgers/no-such-ledger")).StatusCode);

        // The ledger page lists it with its parameter and both formats.
        var browser = await _host.BrowserClientAsync("api-a-admin");
        var page = await browser.GetStringAsync("/j/api-a/ledgers");
        Assert.Contains("学习笔记台账", page);
        Assert.Contains("action=\"/api/j/api-a/test-good/ledgers/study-notes\"", page);
        Assert.Contains("name=\"from\"", page);
    }

    [Fact]
    public async Task The_parent_office_reads_the_documents_a_child_submitted_and_nobody_else_does()
    {
        var county = await _host.CreateJurisdictionAsync("doc-county", "XX县");
        var group = await _host.CreateJurisdictionAsync("doc-group", "县政府党组", county.Id);
        await _host.CreateJurisdictionAsync("doc-other", "乙县");
        await _host.CreateUserAsync(county.Id, "doc-county-member", Roles.Member);
        long id;
        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set((await _host.App.Services.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync("doc-group"))!);
            var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            var report = (await documents.CreateAsync(new(new BlockKind("party-group-study", "summary-report"), "总结报告", "学习教育总结"))).Value!;
            await documents.FinalizeAsync(report.Id, 1);
            Assert.True((await documents.SubmitToParentAsync(report.Id, 1)).Succeeded);
            id = report.Id;
        }
        var list = "/api/j/doc-county/blocks/documents/submitted-to-us";
        var one = $"{list}/{group.Id}/{id}";

        var parent = await _host.ApiClientAsync("doc-county-admin");
        var seen = Assert.Single(await parent.GetItemsAsync($"{list}?plugin=party-group-study"));
        Assert.Equal((group.Id, "学习教育总结"), (seen.GetProperty("fromJurisdictionId").GetInt32(), seen.GetProperty("document").GetProperty("body").GetString()));
        Assert.Empty(await parent.GetItemsAsync($"{list}?plugin=other"));
        var read = await parent.GetAsync(one);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("总结报告", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("document").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync($"{list}/{group.Id}/{id + 1}")).StatusCode);

        // The child itself, an unrelated jurisdiction, a member and nobody signed in: as the reported nominations.
        var child = await _host.ApiClientAsync("doc-group-admin");
        Assert.Empty(await child.GetItemsAsync("/api/j/doc-group/blocks/documents/submitted-to-us"));
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync($"/api/j/doc-group/blocks/documents/submitted-to-us/{group.Id}/{id}")).StatusCode);
        var other = await _host.ApiClientAsync("doc-other-admin");
        Assert.Empty(await other.GetItemsAsync("/api/j/doc-other/blocks/documents/submitted-to-us"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/j/doc-other/blocks/documents/submitted-to-us/{group.Id}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(one)).StatusCode); // another's jurisdiction
        var member = await _host.ApiClientAsync("doc-county-member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(list)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(one)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous.GetAsync(list)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous.GetAsync(one)).StatusCode);

        // The office's review desk lists it with the child's name and the full text.
        var desk = await (await _host.BrowserClientAsync("doc-county-admin")).GetStringAsync("/j/doc-county/office/reviews");
        Assert.Contains("下级报送的文稿", desk);
        Assert.Contains("县政府党组", desk);
        Assert.Contains("学习教育总结", desk);
        Assert.DoesNotContain("下级报送的文稿", await (await _host.BrowserClientAsync("doc-other-admin")).GetStringAsync("/j/doc-other/office/reviews"));
    }
}
