using Modular.Plugins.BannerSixOnes.Capacity;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Pages.Capacity;

/// <summary>One record changed or deleted at the version read, by those who keep the member's records.</summary>
public sealed class EditModel(CapacityService capacity, SixOnesCampaign campaign) : CapacityFormModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public int? Version { get; set; }
    public CapacityRow? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Reset();
        return Page();
    }

    /// <summary>The form shows the record as stored.</summary>
    private void Reset()
    {
        var r = Record!;
        (PersonId, Kind, Title, StartsOn, EndsOn, HostUnit, Organizer, Hours, Note, Version) =
            (r.PersonId, r.Kind, r.Title, r.StartsOn, r.EndsOn, r.HostUnit, r.Organizer, r.Hours, r.Note, r.Version);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var saved = await capacity.UpdateAsync(Id, Input(Version), ct);
        if (saved.Succeeded) return RedirectToPage("Index", new { done = "saved" });
        if (saved.Kind == ResultKind.Conflict) Reset(); // someone saved first: show what is stored now, at its version
        return Unless(saved)!;
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var deleted = await capacity.DeleteAsync(Id, Version, ct);
        if (deleted.Succeeded) return RedirectToPage("Index", new { done = "deleted" });
        Reset();
        return Unless(deleted)!;
    }

    /// <summary>The record as stored now; 404 when there is none here, 403 when the caller does not keep it.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        var read = await capacity.ReadAsync(Id, ct);
        if (!read.Succeeded) return Unless(read);
        if (!await capacity.MayKeepAsync(read.Value!.OrganizationId, ct)) return StatusCode(403);
        Record = read.Value;
        return null;
    }
}
