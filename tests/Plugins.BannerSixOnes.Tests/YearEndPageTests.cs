using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>年终实绩考核 as a list an office can work through: fifty a page, sorted by a heading, filtered by name and rate.</summary>
public sealed class YearEndPageTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task The_year_end_list_pages_sorts_and_filters_keeping_each_other_s_choices()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 8, 1, 9); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("ye-pages");
        for (var i = 1; i <= 60; i++) await b.PersonAsync($"党员{i:00}", b.Gacha);
        var office = await b.BrowserAsAsync($"{b.Code}-admin");

        var first = await office.GetStringAsync(b.Page("/Notes/YearEnd?sort=Name"));
        Assert.Contains("第 1 / 2 页", first);
        Assert.Contains("党员01", first);
        Assert.DoesNotContain("党员60", first); // sorted by name, 60 is on page 2
        Assert.Contains("sort=Name&amp;page=2", first); // the pager keeps the sort

        var backwards = await office.GetStringAsync(b.Page("/Notes/YearEnd?sort=Name&desc=true"));
        Assert.True(backwards.IndexOf("党员60", StringComparison.Ordinal) < backwards.IndexOf("党员59", StringComparison.Ordinal));

        var one = await office.GetStringAsync(b.Page("/Notes/YearEnd?name=党员07"));
        Assert.Contains("党员07", one);
        Assert.DoesNotContain("党员08", one);
        Assert.Contains("第 1 / 1 页", one);

        var none = await office.GetStringAsync(b.Page("/Notes/YearEnd?below=0"));
        Assert.Contains("没有符合条件的党员。", none); // nobody is below 0%

        var english = await office.GetStringAsync(b.Page("/Notes/YearEnd?sort=Name&page=2&culture=en"));
        Assert.Contains("Page 2 of 2", english);
        Assert.Contains("党员60", english);
    }

    [Fact]
    public async Task The_list_is_sorted_filtered_and_paged_by_the_figures_for_the_banner_s_members_only()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 8, 1, 9);
        var b = await fixture.CreateBannerAsync("ye-figures");
        var other = await fixture.CreateBannerAsync("ye-other"); // its members are never on b's list
        var people = new List<long>();
        for (var i = 1; i <= 12; i++) people.Add(await b.PersonAsync($"党员{i:00}", b.Gacha));
        object Note(long person, int day) => new { personId = person, day = $"2011-07-{day:00}", body = DailyNoteTests.Body(300), hours = 1.5m };
        var written = await b.OfficeApi.PostAsJsonAsync(b.Api("/notes/batch"), new { notes = new[] { Note(people[4], 1), Note(people[4], 2), Note(people[4], 3), Note(people[8], 1) } });
        Assert.True(written.IsSuccessStatusCode, await written.Content.ReadAsStringAsync());

        async Task<JsonElement> ListAsync(string query) => (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api($"/notes/year-end?{query}"))).GetProperty("lines");
        static IEnumerable<string> Names(JsonElement lines) => lines.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("name").GetString()!);

        var everyone = await ListAsync("pageSize=500");
        var members = everyone.GetProperty("total").GetInt32();
        Assert.Equal(12 + b.People.Count, members);
        var listed = everyone.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("personId").GetInt64()).ToHashSet();
        Assert.Subset(new HashSet<long>([.. b.People.Values, .. people]), listed);
        Assert.DoesNotContain(listed, other.People.Values.Contains);

        // Most days written first; hours 4.5 and 1.5; 05-05..08-01 is 89 days due.
        var byNotes = await ListAsync("sort=Notes&desc=true&pageSize=2");
        Assert.Equal(["党员05", "党员09"], Names(byNotes));
        Assert.Equal((members + 1) / 2, byNotes.GetProperty("pageCount").GetInt32());
        var top = byNotes.GetProperty("items")[0];
        Assert.Equal((3, 4.5m, 3.4m), (top.GetProperty("notes").GetInt32(), top.GetProperty("hours").GetDecimal(), top.GetProperty("percent").GetDecimal()));

        // Below 1%: all but the two; by name, the second page of five; a branch's name finds its members.
        Assert.Equal(members - 2, (await ListAsync("below=1")).GetProperty("total").GetInt32());
        Assert.Equal(["党员06", "党员07", "党员08", "党员09", "党员10"], Names(await ListAsync("name=党员&sort=Name&page=2&pageSize=5")));
        var branch = await ListAsync("name=嘎查&pageSize=500");
        Assert.Contains("党员12", Names(branch));
        Assert.Contains("其其格", Names(branch));
        Assert.DoesNotContain("王芳", Names(branch)); // 社区党支部's
        Assert.True(branch.GetProperty("total").GetInt32() < members);

        // The chart counts the scope, whatever the filter: nobody has written 80% of the days.
        var report = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/notes/year-end?below=1"));
        Assert.Equal((0, 0, members), (report.GetProperty("completion").GetProperty("complete").GetInt32(),
            report.GetProperty("completion").GetProperty("eightyOrMore").GetInt32(), report.GetProperty("completion").GetProperty("belowEighty").GetInt32()));
    }
}
