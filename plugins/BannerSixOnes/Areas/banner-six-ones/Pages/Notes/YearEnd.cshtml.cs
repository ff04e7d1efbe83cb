using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.DailyNotes;

namespace Modular.Plugins.BannerSixOnes.Pages.Notes;

/// <summary>
/// 年终实绩考核: every member's year of notes, for an organization (an officer's own by default) or the whole banner;
/// fifty a page, sorted by a column heading, filtered by name or branch and to those below a completion rate (all in the
/// database: a banner's 50,000 members are one page's 50 rows here).
/// </summary>
public sealed class YearEndModel(YearEndService yearEnd) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    /// <summary>Only members below this completion rate (percent): those the assessment marks down.</summary>
    [BindProperty(SupportsGet = true)] public decimal? Below { get; set; }
    [BindProperty(SupportsGet = true)] public YearEndSort Sort { get; set; } = YearEndSort.Percent;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }

    /// <summary>The scope's figures and this page of its lines (filtered, sorted and paged in the database).</summary>
    public YearEndReport? Report { get; private set; }

    /// <param name="page">From the query string: "page" is also Razor Pages' route value for the page's path.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        OrganizationId = yearEnd.DefaultScope(OrganizationId);
        var result = await yearEnd.PageAsync(new YearEndFilter(OrganizationId, Name, Below, Sort, Desc), new PageRequest(page), ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Kind == ResultKind.NotFound) return NotFound();
        Report = result.Value;
        return Page();
    }

    public Pager Pager => Pager.For(Request, Report!.Lines.Page, Report.Lines.PageCount, Report.Lines.Total);
}
