using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

internal sealed class PeopleModel(PeopleService people, OrganizationService organizations, RosterExporter exporter, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<PeopleService.View> People { get; private set; } = [];
    public IReadOnlyList<OrganizationService.Node> Organizations { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    public string Code => jurisdiction.Required.Code;
    public RosterActor Actor => RosterActor.From(User);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organizations = await organizations.NodesAsync(ct);
        People = await people.ListAllAsync(Actor, new PeopleService.Filter { OrganizationId = OrganizationId }, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var filter = new PeopleService.Filter { OrganizationId = OrganizationId };
        return format == "xlsx"
            ? File(await exporter.XlsxAsync(Actor, filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "党员名册.xlsx")
            : File(await exporter.CsvAsync(Actor, filter, ct), "text/csv; charset=utf-8", "党员名册.csv");
    }

    public async Task<IActionResult> OnPostAsync(PeopleService.Input input, CancellationToken ct)
    {
        var (created, result) = await people.CreateAsync(Actor, input, ct);
        if (created is not null) return RedirectWithNotice($"/j/{Code}/people/{created.Id}", Text.Of($"已添加党员“{created.Name}”。", $"Member \"{created.Name}\" added."));
        ShowErrors(result.Errors);
        await OnGetAsync(ct);
        return Page();
    }
}
