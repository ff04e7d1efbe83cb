using Modular.Plugins.BannerSixOnes.Capacity;

namespace Modular.Plugins.BannerSixOnes.Pages.Capacity;

/// <summary>The fields of a capacity record as a form posts them (the new one on the overview, a change on Edit): one partial draws them.</summary>
public abstract class CapacityFormModel : PluginPageModel
{
    [BindProperty] public long? PersonId { get; set; }
    [BindProperty] public CapacityKind? Kind { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? StartsOn { get; set; }
    [BindProperty] public DateOnly? EndsOn { get; set; }
    [BindProperty] public string? HostUnit { get; set; }
    [BindProperty] public string? Organizer { get; set; }
    [BindProperty] public decimal? Hours { get; set; }
    [BindProperty] public string? Note { get; set; }

    /// <summary>The jurisdiction's today: the latest first day.</summary>
    public DateOnly Today { get; protected set; }

    protected CapacityInput Input(int? version = null) => new(PersonId, Kind, Title, StartsOn, EndsOn, HostUnit, Organizer, Hours, Note, version);
}
