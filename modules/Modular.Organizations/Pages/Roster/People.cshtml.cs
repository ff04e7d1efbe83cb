using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;
using Modular.Sdk;
using Modular.Sdk.Web;

namespace Modular.Organizations.Pages.Roster;

/// <summary>
/// The roster, a page at a time from the database (a banner has thousands of members), sorted and filtered there:
/// organization subtree, name, category, leading cadres, outgoing members, standing. The export takes the same filter.
/// </summary>
internal sealed class PeopleModel(PeopleService people, OrganizationService organizations, RosterExporter exporter, IJurisdictionContext jurisdiction) : FormPageModel
{
    public const int PageSize = 50;

    public ListPage<PeopleService.View> People { get; private set; } = null!;
    public IReadOnlyList<OrganizationService.Node> Organizations { get; private set; } = [];
    /// <summary>The list's filter, sort and page, from the query string only (the add form's fields share some names).</summary>
    public sealed class ListQuery
    {
        public long? OrganizationId { get; set; }
        public string? Name { get; set; }
        public string? Category { get; set; }
        public bool? LeadingCadre { get; set; }
        public bool? Outgoing { get; set; }
        public string? Standing { get; set; }
        public string? Employment { get; set; }
        public PeopleSort Sort { get; set; }
        public bool Desc { get; set; }
        public int Page { get; set; } = 1;
    }

    public ListQuery Query { get; private set; } = new();
    public long? OrganizationId => Query.OrganizationId;
    public PeopleSort Sort => Query.Sort;
    public bool Desc => Query.Desc;
    public string Code => jurisdiction.Required.Code;
    public RosterActor Actor => RosterActor.From(User);
    public Pager Pager => Pager.For(Request, People.Page, People.PageCount, People.Total);

    private PeopleService.Filter Filter => new()
    {
        OrganizationId = Query.OrganizationId, Name = Query.Name, Category = Query.Category, LeadingCadre = Query.LeadingCadre,
        Outgoing = Query.Outgoing, Standing = Query.Standing, Employment = Query.Employment, Sort = Query.Sort, Descending = Query.Desc,
    };

    /// <summary>The export with this page's filter.</summary>
    public string ExportLink(string format) => Pager.With(Request, ("handler", "Export"), ("format", format), ("sort", null), ("desc", null));

    public async Task OnGetAsync([FromQuery] ListQuery query, CancellationToken ct)
    {
        Query = query;
        Organizations = await organizations.NodesAsync(ct);
        People = await people.ListAsync(Actor, Filter, new PageRequest(query.Page, PageSize), ct);
    }

    public async Task<IActionResult> OnGetExportAsync([FromQuery] ListQuery query, string? format, CancellationToken ct)
    {
        Query = query;
        return format == "xlsx"
        ? File(await exporter.XlsxAsync(Actor, Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "党员名册.xlsx")
        : File(await exporter.CsvAsync(Actor, Filter, ct), "text/csv; charset=utf-8", "党员名册.csv");
    }

    public async Task<IActionResult> OnPostAsync(PeopleService.Input input, CancellationToken ct)
    {
        var (created, result) = await people.CreateAsync(Actor, input, ct);
        if (created is not null) return RedirectWithNotice($"/j/{Code}/people/{created.Id}", Text.Of($"已添加党员“{created.Name}”。", $"Member \"{created.Name}\" added."));
        ShowErrors(result.Errors);
        await OnGetAsync(new ListQuery(), ct);
        return Page();
    }
}
