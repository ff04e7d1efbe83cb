using Modular.Plugins.CountyFiveActivities.Stage1;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>第一步: the committees' mobilization meetings against the 7-day rule, and the plan filings (备案).</summary>
public sealed class MobilizationModel(MobilizationQuery mobilization, PlanFilingQuery filings) : CountyPage
{
    public MobilizationFeature.Overview Meetings { get; private set; } = null!;
    public IReadOnlyList<PlanFilingFeature.FilingRow> Filings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Meetings = await mobilization.OverviewAsync(ct);
        Filings = await filings.RowsAsync(ct);
    }
}
