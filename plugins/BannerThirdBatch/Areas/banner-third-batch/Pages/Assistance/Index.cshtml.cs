using Modular.Plugins.BannerThirdBatch.Assistance;
using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Assistance;

/// <summary>帮扶: totals per sumu/town and kind, the records, and for a town or the office a form to record help.</summary>
public sealed class IndexModel(AssistanceService assistance, ThirdBatchUnits units, UnitMembers members, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? TownId { get; set; }
    [BindProperty(SupportsGet = true)] public AssistanceKind? Kind { get; set; }
    [BindProperty] public string? Detail { get; set; }

    public AssistanceOverview View { get; private set; } = null!;
    public IReadOnlyList<Unit> Towns { get; private set; } = [];
    /// <summary>The gacha and communities the user may record help to (their town's officers, the office).</summary>
    public IReadOnlyList<Unit> Gacha { get; private set; } = [];
    public IReadOnlyList<UnitMember> People { get; private set; } = [];
    public IReadOnlyList<StackedBarRow> ByTown { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today => campaign.Today;

    public static readonly AssistanceKind[] Kinds = Enum.GetValues<AssistanceKind>();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "help" ? Text.Of("帮扶已登记。", "The help is recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(AssistanceKind? helpKind, long? unitId, long? personId, decimal? amount, DateOnly? givenOn, CancellationToken ct) =>
        await AfterPostAsync(await assistance.RecordAsync(new AssistanceInput(helpKind, AssistanceRule.ForMember(helpKind ?? AssistanceKind.Venue) ? null : unitId,
            AssistanceRule.ForMember(helpKind ?? AssistanceKind.Venue) ? personId : null, amount, Detail, givenOn), ct), "help", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var seen = await units.SeenAsync(ct);
        Towns = [.. seen.Where(u => u.Kind == UnitKind.Town)];
        View = await assistance.OverviewAsync(TownId, Kind, ct);
        ByTown = [.. View.ByTown.Select(t => new StackedBarRow(t.Town, [.. Kinds.Select(k => t.Count[k])], t.TownId is { } id ? PageUrl($"/Assistance?townId={id}") : null))];
        var giving = new HashSet<long?>();
        foreach (var town in seen.Select(u => u.Kind == UnitKind.Town ? u.Id : u.TownId).Distinct())
            if (town is { } t ? await units.MayActForAsync(t, ct) : units.IsOffice) giving.Add(town);
        Gacha = [.. seen.Where(u => u.Kind != UnitKind.Town && giving.Contains(u.TownId))];
        People = [.. (await members.MembersAsync(ct)).Where(m => giving.Contains(m.Unit.Kind == UnitKind.Town ? m.Unit.Id : m.Unit.TownId) && seen.Any(s => s.Id == m.Unit.Id))];
    }
}
