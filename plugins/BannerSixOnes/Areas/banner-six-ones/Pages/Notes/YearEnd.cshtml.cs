using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.DailyNotes;

namespace Modular.Plugins.BannerSixOnes.Pages.Notes;

/// <summary>
/// 年终实绩考核: every member's year of notes, for an organization (an officer's own by default) or the whole banner;
/// fifty a page, sorted by a column heading, filtered by name or branch and to those below a completion rate.
/// </summary>
public sealed class YearEndModel(YearEndService yearEnd) : PluginPageModel
{
    public enum SortBy { Name, Branch, Notes, Percent, Hours }

    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    /// <summary>Only members below this completion rate (percent): those the assessment marks down.</summary>
    [BindProperty(SupportsGet = true)] public decimal? Below { get; set; }
    [BindProperty(SupportsGet = true)] public SortBy Sort { get; set; } = SortBy.Percent;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }

    public YearEndReport? Report { get; private set; }
    public ListPage<YearEndLine> Lines { get; private set; } = null!;

    /// <param name="page">From the query string: "page" is also Razor Pages' route value for the page's path.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        OrganizationId = yearEnd.DefaultScope(OrganizationId);
        var result = await yearEnd.ReportAsync(OrganizationId, ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Kind == ResultKind.NotFound) return NotFound();
        Report = result.Value;
        Lines = ListPage.Of(Filtered(Report!.Lines), new PageRequest(page));
        return Page();
    }

    private List<YearEndLine> Filtered(IEnumerable<YearEndLine> lines)
    {
        if (Name?.Trim() is { Length: > 0 } name)
            lines = lines.Where(l => l.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || l.OrganizationName.Contains(name, StringComparison.OrdinalIgnoreCase));
        if (Below is { } below) lines = lines.Where(l => l.Percent < below);
        Func<YearEndLine, object> key = Sort switch
        {
            SortBy.Branch => l => l.OrganizationName,
            SortBy.Notes => l => l.Notes,
            SortBy.Hours => l => l.Hours,
            SortBy.Percent => l => l.Percent,
            _ => l => l.Name,
        };
        var sorted = Desc ? lines.OrderByDescending(key) : lines.OrderBy(key);
        return [.. sorted.ThenBy(l => l.Name, StringComparer.Ordinal)];
    }

    public Pager Pager => Pager.For(Request, Lines.Page, Lines.PageCount, Lines.Total);
}
