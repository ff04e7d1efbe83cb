using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Modular.Host.Web;
using Modular.Organizations;
using Modular.Sdk;

namespace Modular.Host.Pages.Roster;

public sealed class PeopleModel(PeopleService people, OrganizationService organizations, RosterExporter exporter, IJurisdictionContext jurisdiction, RosterDbContext db) : FormPageModel
{
    public IReadOnlyList<PeopleService.View> People { get; private set; } = [];
    public IReadOnlyList<OrganizationService.Node> Organizations { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    public string Code => jurisdiction.Required.Code;
    /// <summary>The add form's one-time key: posting it again adds no second person.</summary>
    public string SubmissionKey { get; } = FormSubmissions.NewKey();
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

    public async Task<IActionResult> OnPostAsync(PeopleService.Input input, [FromForm(Name = FormSubmissions.FieldName)] string? submissionKey, CancellationToken ct)
    {
        IReadOnlyDictionary<string, string[]> refused = new Dictionary<string, string[]>();
        var userId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var next = await FormSubmissions.OnceAsync(db, jurisdiction.Required.Id, userId, submissionKey, $"/j/{Code}/people", async () =>
        {
            var (created, result) = await people.CreateAsync(Actor, input, ct);
            refused = result.Errors;
            return created is null ? null : $"/j/{Code}/people/{created.Id}";
        }, ct);
        if (next is not null) return Redirect(next);
        ShowErrors(refused);
        await OnGetAsync(ct);
        return Page();
    }
}
