using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Education;

namespace Modular.Plugins.BannerSixOnes.Pages.Education;

/// <summary>One organization's event: particulars, state against the due day, attendance.</summary>
public sealed class EventModel(EducationService education) : PluginPageModel
{
    public EducationDetail Detail { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long organization, bool saved, CancellationToken ct)
    {
        var outcome = await education.DetailAsync(organization, ct);
        if (outcome.Kind == ResultKind.NotFound) return NotFound();
        if (!outcome.Succeeded) return StatusCode(403);
        Detail = outcome.Value!;
        MayEdit = await education.MayRecordAsync(organization, ct);
        Saved = saved;
        return Page();
    }
}
