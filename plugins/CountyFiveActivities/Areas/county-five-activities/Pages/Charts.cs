using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>Small inline SVG charts (no script, no library): a picture where it beats a table.</summary>
public static class Charts
{
    /// <summary>One stacked bar per row: 先进 / 中间 / 后进 counts, scaled to the row's total.</summary>
    public static IHtmlContent GradeBars(IReadOnlyList<(string Label, int Advanced, int Middle, int Lagging)> rows)
    {
        const int left = 150, width = 440, rowHeight = 28;
        var svg = new StringBuilder();
        var height = rows.Count * rowHeight + 34;
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"各领域先进、中间、后进党组织数\" width=\"640\" height=\"{height}\" style=\"background:#fff;border:1px solid #e3e3e3\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, advanced, middle, lagging) = rows[i];
            var total = Math.Max(1, advanced + middle + lagging);
            var y = 10 + i * rowHeight;
            double x = left;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{y + 14}\" font-size=\"12\">{WebUtility.HtmlEncode(label)}</text>");
            foreach (var (count, color, name) in new[] { (advanced, "#b71c1c", "先进"), (middle, "#e57373", "中间"), (lagging, "#bbbbbb", "后进") })
            {
                var w = (double)width * count / total;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"18\" fill=\"{color}\"><title>{name} {count}</title></rect>");
                x += w;
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + width + 8}\" y=\"{y + 14}\" font-size=\"12\">{advanced}/{middle}/{lagging}</text>");
        }
        var legend = rows.Count * rowHeight + 26;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{legend}\" font-size=\"11\" fill=\"#b71c1c\">■ 先进</text><text x=\"{left + 60}\" y=\"{legend}\" font-size=\"11\" fill=\"#e57373\">■ 中间</text><text x=\"{left + 120}\" y=\"{legend}\" font-size=\"11\" fill=\"#888\">■ 后进</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
