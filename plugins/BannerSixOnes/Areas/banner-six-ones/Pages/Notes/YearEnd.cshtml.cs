using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.DailyNotes;

namespace Modular.Plugins.BannerSixOnes.Pages.Notes;

/// <summary>年终实绩考核: every member's year of notes, for an organization (an officer's own by default) or the whole banner.</summary>
public sealed class YearEndModel(YearEndService yearEnd) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    public YearEndReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        OrganizationId = yearEnd.DefaultScope(OrganizationId);
        var result = await yearEnd.ReportAsync(OrganizationId, ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Kind == ResultKind.NotFound) return NotFound();
        Report = result.Value;
        return Page();
    }
}
