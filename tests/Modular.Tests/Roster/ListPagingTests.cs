using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Roster;

/// <summary>
/// Issue 11 item 13: no list of the API is unbounded. Each answers one page (default 50, at most 500 whatever is
/// asked) with the total, through the one paging type; the roster (100,000 people answered 56.8 MB) first.
/// </summary>
public sealed class ListPagingTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private static (JsonElement[] Items, int Total, int Page, int PageSize) Read(JsonElement page) =>
        ([.. page.GetProperty("items").EnumerateArray()], page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32());

    [Fact]
    public async Task The_people_list_pages_with_its_total_by_default_50_and_never_more_than_500()
    {
        var (admin, _) = await fixture.Host.BannerWithBranchesAsync("paging");
        var csv = new StringBuilder("姓名,出生日期,人员类别,所在组织\n");
        for (var i = 1; i <= 600; i++) csv.Append($"党员{i:D3},1980-01-01,正式党员,第一党支部\n");
        var imported = await admin.ImportAsync("paging", Encoding.UTF8.GetBytes(csv.ToString()), "600.csv");
        Assert.Equal(600, (await imported.JsonAsync()).GetProperty("added").GetInt32());

        var first = Read(await admin.GetFromJsonAsync<JsonElement>("/api/j/paging/people"));
        Assert.Equal((50, 600, 1, 50), (first.Items.Length, first.Total, first.Page, first.PageSize));
        Assert.Equal("党员001", first.Items[0].GetProperty("name").GetString());

        var capped = Read(await admin.GetFromJsonAsync<JsonElement>("/api/j/paging/people?pageSize=100000"));
        Assert.Equal((500, 600, 500), (capped.Items.Length, capped.Total, capped.PageSize));
        var rest = Read(await admin.GetFromJsonAsync<JsonElement>("/api/j/paging/people?pageSize=100000&page=2"));
        Assert.Equal(100, rest.Items.Length);
        // The pages follow one another: all 600, each once, in the list's order (organization, then name).
        var names = capped.Items.Concat(rest.Items).Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(Enumerable.Range(1, 600).Select(i => $"党员{i:D3}"), names);

        var third = Read(await admin.GetFromJsonAsync<JsonElement>("/api/j/paging/people?page=3&pageSize=100"));
        Assert.Equal(("党员201", 600), (third.Items[0].GetProperty("name").GetString(), third.Total));
        var beyond = Read(await admin.GetFromJsonAsync<JsonElement>("/api/j/paging/people?page=99&pageSize=100"));
        Assert.Equal((0, 600), (beyond.Items.Length, beyond.Total));
        var inRange = Read(await admin.GetFromJsonAsync<JsonElement>("/api/j/paging/people?page=0&pageSize=0"));
        Assert.Equal((1, 1, 1), (inRange.Page, inRange.PageSize, inRange.Items.Length));

        // Filters count before paging: the total is of the matching people.
        var filtered = Read(await admin.GetFromJsonAsync<JsonElement>("/api/j/paging/people?name=党员59&pageSize=5"));
        Assert.Equal((5, 10), (filtered.Items.Length, filtered.Total)); // 党员590 … 党员599
    }

    [Fact]
    public async Task The_other_lists_of_the_core_api_page_the_same_way()
    {
        var (admin, jurisdictionId) = await fixture.Host.BannerWithBranchesAsync("paging-all");
        for (var i = 0; i < 3; i++) await fixture.Host.CreateUserAsync(jurisdictionId, $"paging-all-user{i}", Modular.Identity.Roles.Member);
        var platform = await fixture.Host.ApiClientAsync(TestHost.PlatformAdmin);

        foreach (var (client, url, total) in new[]
        {
            (admin, "/api/j/paging-all/organizations", 3), (admin, "/api/j/paging-all/users", 4), (platform, $"/api/admin/jurisdictions/{jurisdictionId}/users", 4),
            (admin, "/api/j/paging-all/obligations", 0), (admin, "/api/j/paging-all/events", 0), (admin, "/api/j/paging-all/campaigns", 0),
            (admin, "/api/j/paging-all/audit", -1),
        })
        {
            var page = Read(await client.GetFromJsonAsync<JsonElement>(url + "?pageSize=2"));
            Assert.True(page.PageSize == 2 && page.Items.Length == Math.Min(2, page.Total), url);
            if (total >= 0) Assert.True(total == page.Total, $"{url}: total {page.Total}");
            Assert.Equal(500, Read(await client.GetFromJsonAsync<JsonElement>(url + "?pageSize=501")).PageSize);
        }
    }
}
