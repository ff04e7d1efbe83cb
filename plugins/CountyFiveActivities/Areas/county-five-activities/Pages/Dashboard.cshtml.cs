using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Dashboards;
using Modular.Plugins.CountyFiveActivities.Grading;
using Modular.Plugins.CountyFiveActivities.Mobilization;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>进展看板: the county office's figures by township and by sector (an officer's: their subtree).</summary>
public sealed class DashboardModel(DashboardQuery dashboard, MobilizationQuery mobilization, ScoresQuery scores, CountyCampaign campaign) : PluginPageModel
{
    public Dashboard? Data { get; private set; }
    public MobilizationOverview Mobilization { get; private set; } = null!;
    public IReadOnlyList<SectorShare> Shares { get; private set; } = [];
    public CountyRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    /// <summary>Drilled down to this organization's subtree (a row's link); none: everything the user oversees.</summary>
    [BindProperty(SupportsGet = true)] public long? Organization { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Mobilization = await mobilization.OverviewAsync(ct);
        var built = await dashboard.BuildAsync(ct, Organization);
        if (built.Kind == ResultKind.NotFound) return NotFound();
        if (built.Succeeded) // members have no dashboard: the page shows the stages only
        {
            Data = built.Value;
            Shares = await scores.FiveGoodsShareAsync(ct);
        }
        return Page();
    }

    /// <summary>Where a click on an organization's name leads: its own dashboard, one level down.</summary>
    public string DrillDown(long organizationId) => $"?organization={organizationId}";
}
