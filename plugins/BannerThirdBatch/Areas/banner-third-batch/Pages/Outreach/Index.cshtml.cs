using Modular.Plugins.BannerThirdBatch.Outreach;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Outreach;

/// <summary>外出党员传达: each unit's coverage, its outgoing members with whereabouts and whether/when/how reached, the contacts and a form.</summary>
public sealed class IndexModel(OutreachService outreach, ThirdBatchUnits units, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty] public string? Note { get; set; }

    public OutreachOverview View { get; private set; } = null!;
    public IReadOnlyList<Unit> Seen { get; private set; } = [];
    /// <summary>The outgoing members the user may record a contact for.</summary>
    public IReadOnlyList<OutgoingMemberView> Recordable { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today => campaign.Today;

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "reached" ? Text.Of("传达记录已登记。", "The contact is recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(long? personId, DateOnly? reachedOn, OutreachMethod? method, CancellationToken ct) =>
        await AfterPostAsync(await outreach.RecordAsync(new OutreachInput(personId, reachedOn, method, Note), ct), "reached", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Seen = await units.SeenAsync(ct);
        View = await outreach.OverviewAsync(UnitId, ct);
        var mayAct = new HashSet<long>();
        foreach (var unit in View.Units.Select(u => u.Figure.UnitId)) if (await units.MayActForAsync(unit, ct)) mayAct.Add(unit);
        Recordable = [.. View.Members.Where(m => mayAct.Contains(m.UnitId))];
    }
}
