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
}
