using Modular.Plugins.BannerSixOnes.Capacity;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Pages.Capacity;

/// <summary>
/// 能力素质建设: for those who oversee organizations the counts per organization and kind (a chart, a table) of a scope; the records
/// the caller sees (a member their own); for the office and officers the form to record one.
/// </summary>
public sealed class IndexModel(CapacityService capacity, ICurrentUser user, SixOnesCampaign campaign) : CapacityFormModel
{
    public CapacityOverview? Overview { get; private set; }
    public IReadOnlyList<CapacityRow> Rows { get; private set; } = [];
    /// <summary>The organizations whose records the caller keeps (an edit link on those rows).</summary>
    public IReadOnlySet<long> Kept { get; private set; } = new HashSet<long>();
    public bool MayRecord => capacity.MayRecordSome;
    public string? Notice { get; private set; }

    /// <summary>The scope: an organization's subtree, or all the caller sees.</summary>
    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    /// <summary>Only records of this kind in the table.</summary>
    [BindProperty(SupportsGet = true)] public CapacityKind? Show { get; set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "recorded" => Text.Of("已登记。", "Recorded."),
            "saved" => Text.Of("已保存修改。", "Saved."),
            "deleted" => Text.Of("已删除。", "Deleted."),
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterPostAsync(await capacity.RecordAsync(Input(), ct), "recorded", () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        if (user.Oversees())
        {
            var overview = await capacity.OverviewAsync(OrganizationId, ct);
            if (!overview.Succeeded) return false;
            Overview = overview.Value;
        }
        var rows = await capacity.ListAsync(null, OrganizationId, Show, ct);
        if (!rows.Succeeded) return false;
        Rows = rows.Value!;
        var kept = new HashSet<long>();
        foreach (var organization in Rows.Select(r => r.OrganizationId).Distinct())
            if (await capacity.MayKeepAsync(organization, ct)) kept.Add(organization);
        Kept = kept;
        return true;
    }
}
