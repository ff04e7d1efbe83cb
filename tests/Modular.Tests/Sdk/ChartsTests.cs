using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Modular.Sdk.Web;

namespace Modular.Tests.Sdk;

/// <summary>The SDK's charts: the figures they show, the widths they draw, their text alternatives and links.</summary>
public sealed class ChartsTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    // Chinese, as the users read them by default; one test reads them in English.
    public ChartsTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

    public void Dispose() => CultureInfo.CurrentUICulture = _culture;

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void A_progress_bar_shows_the_part_the_whole_and_the_share_and_says_whether_the_target_is_met()
    {
        var html = Html(Charts.Progress("方案已备案", 5, 8, target: 0.5m));
        Assert.Contains("5/8（62.5%）", html);
        Assert.Contains("width:62.5%", html);
        Assert.Contains("class=\"progress met\"", html);
        Assert.Contains("role=\"progressbar\" aria-label=\"方案已备案\" aria-valuemin=\"0\" aria-valuemax=\"8\" aria-valuenow=\"5\"", html);
        Assert.Contains("class=\"progress short\"", Html(Charts.Progress("x", 1, 8, target: 0.5m)));
        Assert.Contains("0/0（0%）", Html(Charts.Progress("x", 0, 0))); // an empty whole draws an empty bar, not a division by zero
    }

    [Fact]
    public void A_bar_in_a_table_cell_leaves_its_label_to_the_screen_reader()
    {
        var html = Html(Charts.Bar("其其格的完成率", 3, 4));
        Assert.DoesNotContain("bar-label", html); // the row names it already
        Assert.Contains("role=\"progressbar\" aria-label=\"其其格的完成率\" aria-valuemin=\"0\" aria-valuemax=\"4\" aria-valuenow=\"3\"", html);
        Assert.Contains("width:75%", html);
        Assert.Contains("3/4（75%）", html);
        Assert.Contains("class=\"progress met\"", Html(Charts.Bar("x", 9, 10, target: 0.9m)));
    }

    [Fact]
    public void In_english_the_figures_and_read_aloud_texts_take_english_punctuation()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Assert.Contains("5/8 (62.5%)", Html(Charts.Progress("Plans filed", 5, 8)));
        Assert.Contains("aria-label=\"Rural: Advanced 3, Middle 1\"", Html(Charts.StackedBars("Grades", ["Advanced", "Middle"], [new("Rural", [3, 1])])));
        Assert.Contains("<title>Rural Round 1: 25%</title>", Html(Charts.Trend("Share", ["Round 1"], [new("Rural", [0.25m])])));
    }

    [Fact]
    public void A_width_is_the_share_clamped_to_the_bar_with_two_decimals()
    {
        Assert.Equal("33.33%", Charts.Width(1m / 3));
        Assert.Equal("0%", Charts.Width(-0.5m));
        Assert.Equal("100%", Charts.Width(1.2m));
    }

    [Fact]
    public void Stacked_bars_split_each_row_by_its_own_total_link_the_label_and_read_aloud()
    {
        var html = Html(Charts.StackedBars("档次", ["先进", "中间", "后进"],
            [new("农村", [3, 1, 0], "?organization=7"), new("机关 <A&B>", [1, 1, 2])]));
        Assert.Contains("<a href=\"?organization=7\">农村</a>", html);
        Assert.Contains("class=\"series-0\" style=\"width:75%\"", html);
        Assert.Contains("class=\"series-1\" style=\"width:25%\"", html);
        Assert.DoesNotContain("width:0%", html); // an empty part draws nothing
        Assert.Contains("aria-label=\"农村：先进 3，中间 1，后进 0\"", html);
        Assert.Contains("机关 &lt;A&amp;B&gt;", html);
        Assert.Contains("1 / 1 / 2", html);
        Assert.Throws<ArgumentException>(() => Charts.StackedBars("x", ["a", "b"], [new("r", [1])]));
    }

    [Fact]
    public void A_trend_draws_a_point_per_value_skips_missing_ones_and_carries_a_table_of_the_same_figures()
    {
        var html = Html(Charts.Trend("五个好比例", ["第一轮", "第二轮", "第三轮"],
            [new("农村", [0.25m, 0.5m, 1m]), new("社区", [null, 0.4m, null])]));
        Assert.Contains("viewBox=\"0 0 400 200\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<polyline")); // one point alone draws no line
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(html, "<circle").Count);
        Assert.Contains("<title>社区 第二轮：40%</title>", html);
        // Full scale at the top of the plot (y = 10), none at the bottom (y = 172).
        Assert.Contains("cx=\"388\" cy=\"10\"", html);
        Assert.Contains("cx=\"36\" cy=\"131.5\"", html);
        Assert.Contains("<tr><th>社区</th><td>—</td><td>40%</td><td>—</td></tr>", html);
    }
}
