using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.DailyNotes;

namespace Modular.Plugins.BannerSixOnes.Pages.Notes;

/// <summary>One branch's quarter inspection: each member's days x/y and hours, accept / return forms, close; the office reopens.</summary>
public sealed class InspectionModel(InspectionService inspections, ICurrentUser user) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long OrganizationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }
    public InspectionSheet? Sheet { get; private set; }
    public bool IsOffice => user.IsJurisdictionAdmin;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => Show(await inspections.SheetAsync(OrganizationId, Quarter, ct));

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct) => await ActAsync(inspections.OpenAsync(OrganizationId, Quarter, ct), ct);

    public async Task<IActionResult> OnPostDecideAsync(long personId, bool accept, string? comment, int? version, CancellationToken ct) =>
        await ActAsync(inspections.DecideAsync(OrganizationId, Quarter, personId, accept, comment, version, ct), ct);

    public async Task<IActionResult> OnPostAcceptRestAsync(string? comment, CancellationToken ct) =>
        await ActAsync(inspections.AcceptRestAsync(OrganizationId, Quarter, comment, ct), ct);

    public async Task<IActionResult> OnPostCloseAsync(int? version, CancellationToken ct) => await ActAsync(inspections.CloseAsync(OrganizationId, Quarter, version, ct), ct);

    public async Task<IActionResult> OnPostReopenAsync(string? reason, CancellationToken ct) => await ActAsync(inspections.ReopenAsync(OrganizationId, Quarter, reason, ct), ct);

    private async Task<IActionResult> ActAsync(Task<Result<InspectionSheet>> action, CancellationToken ct)
    {
        var result = await action;
        if (result.Succeeded) return RedirectToPage(new { OrganizationId, Quarter });
        if (result.Kind is ResultKind.Forbidden or ResultKind.NotFound) return Show(result);
        Error = result.Message;
        return Show(await inspections.SheetAsync(OrganizationId, Quarter, ct));
    }

    private IActionResult Show(Result<InspectionSheet> result)
    {
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (!result.Succeeded) Error ??= result.Message;
        Sheet = result.Value;
        return Page();
    }
}
