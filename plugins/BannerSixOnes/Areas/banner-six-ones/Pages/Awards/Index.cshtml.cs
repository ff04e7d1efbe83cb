using Modular.Plugins.BannerSixOnes.Awards;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Pages.Awards;

/// <summary>奖惩: the records the caller sees (a member their own), and for the office the form to record one.</summary>
public sealed class IndexModel(AwardsService awards, IOrganizationDirectory organizations, SixOnesCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<AwardRow> Rows { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];
    public bool MayRecord => awards.MayRecord;
    public DateOnly Today { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    [BindProperty] public AwardKind? Kind { get; set; }
    [BindProperty] public long? PersonId { get; set; }
    [BindProperty] public long? SubjectOrganizationId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateOnly? AwardedOn { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "recorded" ? Text.Of("已登记。", "Recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterPostAsync(await awards.RecordAsync(new AwardInput(Kind, PersonId, PersonId is null ? SubjectOrganizationId : null, Title, Reason, AwardedOn), ct), "recorded", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Rows = await awards.ListAsync(null, OrganizationId, ct);
        Organizations = await organizations.ListAsync(ct);
    }
}
