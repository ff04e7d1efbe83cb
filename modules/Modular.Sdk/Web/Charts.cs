using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Modular.Sdk.Web;

/// <summary>A row of a stacked bar chart: its label, one count per series, and where a click on the label leads (drill-down).</summary>
public sealed record StackedBarRow(string Label, IReadOnlyList<int> Counts, string? Href = null);

/// <summary>One line of a trend chart: a value per point (a share from 0 to 1), or null where there is none yet.</summary>
public sealed record TrendLine(string Name, IReadOnlyList<decimal?> Shares);

/// <summary>
/// The charts every page draws the same way, styled by the host (css: .chart, .series-N): a progress bar
/// for a part of a whole, stacked bars for counts by category, a trend of shares over rounds or months.
/// Plain HTML and inline SVG that reflow at a phone's width, each with a text alternative; no script, no library.
/// </summary>
public static class Charts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The share as the users read it: "62.5%".</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.#", Invariant) + "%";

    /// <summary>A bar's CSS width for a share between 0 and 1 (clamped): "33.33%", for <c>style="width:…"</c>.</summary>
    public static string Width(decimal share) => (Math.Clamp(share, 0, 1) * 100).ToString("0.##", Invariant) + "%";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // Punctuation in the reader's language: full-width in Chinese, "a: b, c (d)" in English.
    private static string Colon => Text.Of("：", ": ");

    private static string Label(string label, string? href) => href is null ? Encode(label) : $"<a href=\"{Encode(href)}\">{Encode(label)}</a>";

    /// <summary>"label ▓▓▓░░ part/whole（62.5%）" (in English "part/whole (62.5%)"): a bar whose colour says whether the target is met, when there is one.</summary>
    public static IHtmlContent Progress(string label, int part, int whole, string? href = null, decimal? target = null) =>
        new HtmlString($"<div class=\"bar-row\"><span class=\"bar-label\">{Label(label, href)}</span>{BarAndFigure(label, part, whole, target)}</div>");

    /// <summary>
    /// "▓▓▓░░ part/whole（62.5%）" without the label beside it, for a table cell whose row already names it:
    /// the label is still the bar's accessible name (what a screen reader says for the progressbar).
    /// </summary>
    public static IHtmlContent Bar(string label, int part, int whole, decimal? target = null) =>
        new HtmlString($"<div class=\"bar-row\">{BarAndFigure(label, part, whole, target)}</div>");

    private static string BarAndFigure(string label, int part, int whole, decimal? target)
    {
        var share = whole == 0 ? 0 : (decimal)part / whole;
        var met = target is { } t ? (share >= t ? " met" : " short") : "";
        return $"<span class=\"progress{met}\" role=\"progressbar\" aria-label=\"{Encode(label)}\" aria-valuemin=\"0\" aria-valuemax=\"{whole}\" aria-valuenow=\"{part}\"><span style=\"width:{Width(share)}\"></span></span>" +
            $"<span class=\"figure\">{part}/{whole}{Text.Of("（", " (")}{Percent(share)}{Text.Of("）", ")")}</span>";
    }

    /// <summary>
    /// One bar per row, split by series (e.g. 先进 / 中间 / 后进), each bar its row's whole; a legend above,
    /// the counts beside, and the label a link when the row has one (to the next level down).
    /// </summary>
    public static IHtmlContent StackedBars(string caption, IReadOnlyList<string> series, IReadOnlyList<StackedBarRow> rows)
    {
        var html = new StringBuilder();
        html.Append($"<figure class=\"chart stacked-bars\"><figcaption>{Encode(caption)}</figcaption>");
        Legend(html, series);
        foreach (var row in rows)
        {
            if (row.Counts.Count != series.Count) throw new ArgumentException($"Row \"{row.Label}\" has {row.Counts.Count} counts for {series.Count} series.", nameof(rows));
            var total = row.Counts.Sum();
            var words = string.Join(Text.Of("，", ", "), series.Select((name, i) => $"{name} {row.Counts[i]}"));
            html.Append($"<div class=\"bar-row\"><span class=\"bar-label\">{Label(row.Label, row.Href)}</span>");
            html.Append($"<span class=\"stack\" role=\"img\" aria-label=\"{Encode(row.Label)}{Colon}{Encode(words)}\">");
            for (var i = 0; i < series.Count; i++)
                if (row.Counts[i] > 0)
                    html.Append($"<span class=\"series-{i}\" style=\"width:{Width((decimal)row.Counts[i] / total)}\" title=\"{Encode(series[i])} {row.Counts[i]}\"></span>");
            html.Append($"</span><span class=\"figure\">{string.Join(" / ", row.Counts)}</span></div>");
        }
        html.Append("</figure>");
        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// Shares (0 to 1) over points in time (rounds, months), one line per series, on a 0–100% scale.
    /// Drawn in a view box so it shrinks to a phone's width; a table of the same figures follows for screen readers and print.
    /// </summary>
    public static IHtmlContent Trend(string caption, IReadOnlyList<string> points, IReadOnlyList<TrendLine> lines)
    {
        const int width = 400, height = 200, left = 36, right = 12, top = 10, bottom = 28;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        double X(int i) => left + (points.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(points.Count - 1));
        double Y(decimal share) => top + plotHeight * (1 - (double)Math.Clamp(share, 0, 1));

        var svg = new StringBuilder();
        svg.Append($"<figure class=\"chart trend\"><figcaption>{Encode(caption)}</figcaption>");
        Legend(svg, [.. lines.Select(l => l.Name)]);
        svg.Append(Invariant, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(caption)}\" focusable=\"false\">");
        foreach (var grid in new[] { 0m, 0.5m, 1m })
            svg.Append(Invariant, $"<line class=\"grid\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(grid):0.#}\" y2=\"{Y(grid):0.#}\"/><text class=\"axis\" x=\"{left - 4}\" y=\"{Y(grid) + 4:0.#}\" text-anchor=\"end\">{Percent(grid)}</text>");
        for (var i = 0; i < points.Count; i++)
            svg.Append(Invariant, $"<text class=\"axis\" x=\"{X(i):0.#}\" y=\"{height - 8}\" text-anchor=\"middle\">{Encode(points[i])}</text>");
        for (var s = 0; s < lines.Count; s++)
        {
            var line = lines[s];
            if (line.Shares.Count != points.Count) throw new ArgumentException($"Line \"{line.Name}\" has {line.Shares.Count} values for {points.Count} points.", nameof(lines));
            var drawn = Enumerable.Range(0, points.Count).Where(i => line.Shares[i] is not null).ToList();
            if (drawn.Count > 1)
                svg.Append(Invariant, $"<polyline class=\"series-{s}\" points=\"{string.Join(" ", drawn.Select(i => string.Create(Invariant, $"{X(i):0.#},{Y(line.Shares[i]!.Value):0.#}")))}\"/>");
            foreach (var i in drawn)
                svg.Append(Invariant, $"<circle class=\"series-{s}\" cx=\"{X(i):0.#}\" cy=\"{Y(line.Shares[i]!.Value):0.#}\" r=\"3.5\"><title>{Encode(line.Name)} {Encode(points[i])}{Colon}{Percent(line.Shares[i]!.Value)}</title></circle>");
        }
        svg.Append("</svg>");
        // The same figures as a table: read aloud by a screen reader, printed on paper, hidden on screen.
        svg.Append("<table class=\"chart-figures\"><thead><tr><th></th>");
        foreach (var p in points) svg.Append($"<th>{Encode(p)}</th>");
        svg.Append("</tr></thead><tbody>");
        foreach (var line in lines)
        {
            svg.Append($"<tr><th>{Encode(line.Name)}</th>");
            foreach (var share in line.Shares) svg.Append($"<td>{(share is { } v ? Percent(v) : "—")}</td>");
            svg.Append("</tr>");
        }
        svg.Append("</tbody></table></figure>");
        return new HtmlString(svg.ToString());
    }

    private static void Legend(StringBuilder html, IReadOnlyList<string> series)
    {
        html.Append("<ul class=\"legend\">");
        for (var i = 0; i < series.Count; i++) html.Append($"<li><span class=\"swatch series-{i}\"></span>{Encode(series[i])}</li>");
        html.Append("</ul>");
    }
}
