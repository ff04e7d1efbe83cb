using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Modular.Tests.Roster;

/// <summary>
/// The roster page a page at a time (issue 15 item 4): fifty rows from the database, the pager keeping the filter,
/// sorting by a column heading, filters by name, category and standing, and the export following the filter.
/// </summary>
public sealed class RosterListPageTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private static int Rows(string html) => Regex.Matches(html, "<tr><td class=\"nowrap\"><a href=\"/j/[^\"]+/people/\\d+\">").Count;

    private async Task<(HttpClient Browser, string Code)> RosterOf63Async(string code)
    {
        var (admin, _) = await fixture.Host.BannerWithBranchesAsync(code);
        var csv = new StringBuilder("姓名,所在党支部,人员类别,出生日期,党籍状态\n");
        for (var i = 1; i <= 60; i++) csv.Append($"党员{i:D2},第一党支部,正式党员,{1950 + i}-01-01,正常\n");
        csv.Append("乌云,第二党支部,预备党员,2000-01-01,正常\n巴特尔,第二党支部,正式党员,1960-01-01,停止\n萨仁,第二党支部,正式党员,1961-01-01,保留\n");
        var response = await admin.ImportAsync(code, Encoding.UTF8.GetBytes(csv.ToString()), "名册.csv");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await fixture.Host.BrowserClientAsync(code + "-admin"), code);
    }

    [Fact]
    public async Task Fifty_rows_a_page_with_a_pager_that_keeps_the_filter_and_sort()
    {
        var (browser, code) = await RosterOf63Async("list-pages");

        var first = WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{code}/people"));
        Assert.Equal(50, Rows(first));
        Assert.Contains("第 1 / 2 页，共 63 条", first);
        var second = WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{code}/people?page=2"));
        Assert.Equal(13, Rows(second));

        var byBirthDesc = WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{code}/people?sort=BirthDate&desc=true&category=Full"));
        Assert.Contains("第 1 / 2 页，共 62 条", byBirthDesc);
        Assert.True(byBirthDesc.IndexOf(">党员60<", StringComparison.Ordinal) < byBirthDesc.IndexOf(">党员59<", StringComparison.Ordinal), "newest birth date first");
        Assert.DoesNotContain(">乌云<", byBirthDesc); // 预备党员 filtered out
        Assert.Contains("sort=BirthDate", byBirthDesc[byBirthDesc.IndexOf("class=\"pager\"", StringComparison.Ordinal)..]); // the pager keeps the sort
        Assert.Contains("category=Full", byBirthDesc[byBirthDesc.IndexOf("class=\"pager\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Filters_by_name_and_standing_and_the_export_takes_the_same_filter()
    {
        var (browser, code) = await RosterOf63Async("list-filters");

        var named = WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{code}/people?name=党员0"));
        Assert.Equal(9, Rows(named)); // 党员01 … 党员09
        var onTheRolls = WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{code}/people?standing=在册&name=巴特尔"));
        Assert.Equal(0, Rows(onTheRolls)); // suspended
        var retained = WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{code}/people?standing=Retained"));
        Assert.Equal(1, Rows(retained));
        Assert.Contains(">萨仁<", retained);

        var csv = await browser.GetStringAsync($"/j/{code}/people?handler=Export&format=csv&name=党员0");
        Assert.Equal(1 + 9, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
