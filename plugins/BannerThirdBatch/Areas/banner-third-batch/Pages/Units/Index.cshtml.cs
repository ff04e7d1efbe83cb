using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Units;

/// <summary>参学单位: every unit the user sees with its dates and state, filtered by kind, state and sumu/town; counts by state for the chart.</summary>
public sealed class IndexModel(ScheduleService schedules, ThirdBatchUnits units) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public UnitKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public UnitState? State { get; set; }
    [BindProperty(SupportsGet = true)] public long? TownId { get; set; }

    public IReadOnlyList<UnitView> Units { get; private set; } = [];
    public IReadOnlyList<Unit> Towns { get; private set; } = [];
    public IReadOnlyList<StackedBarRow> ByKind { get; private set; } = [];

    public static readonly UnitState[] States = Enum.GetValues<UnitState>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await schedules.ListAsync(new UnitFilter(), ct);
        Towns = [.. (await units.SeenAsync(ct)).Where(u => u.Kind == UnitKind.Town)];
        Units = [.. all.Where(u => (Kind is null || u.Kind == Kind) && (State is null || u.State == State) && (TownId is null || u.TownId == TownId || u.Id == TownId))];
        ByKind = [.. Enum.GetValues<UnitKind>().Select(k => new StackedBarRow(UnitRule.KindName(k).ToString(),
            [.. UnitRule.ChartOrder.Select(s => all.Count(u => u.Kind == k && u.State == s))], PageUrl($"/Units?kind={k}")))];
    }
}
