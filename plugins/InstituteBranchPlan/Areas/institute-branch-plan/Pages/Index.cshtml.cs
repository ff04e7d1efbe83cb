using Modular.Plugins.InstituteBranchPlan.Dashboard;
using Modular.Plugins.InstituteBranchPlan.Summary;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Suggestions;

namespace Modular.Plugins.InstituteBranchPlan.Pages;

/// <summary>
/// 活动概览: the plan's dates and numbers as this jurisdiction set them; a member's own next steps; each branch at a glance
/// (<see cref="InstituteDashboard"/>, as <c>GET …/dashboard</c> answers it).
/// </summary>
public sealed class IndexModel(InstituteBranchPlanCampaign campaign, InstituteDashboard dashboard, PersonalPlanService plans, SuggestionService suggestions,
    ReadingNoteService notes, PartySpiritService partySpirit, SummaryService summary) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public PersonalPlanLine? MyPlan { get; private set; }
    public int MySuggestions { get; private set; }
    public IReadOnlyList<BranchOverview> Branches { get; private set; } = [];
    public MemberReportLine? MyReport { get; private set; }
    public MyNotes? MyNotes { get; private set; }
    public PartySpiritLine? MyPartySpirit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        MyPlan = await plans.MineAsync(ct);
        MySuggestions = (await suggestions.MineAsync(ct)).Count;
        MyReport = await summary.MyReportAsync(ct);
        MyNotes = await notes.MineAsync(ct);
        MyPartySpirit = await partySpirit.MineAsync(ct);
        Branches = await dashboard.OfficeAsync(ct);
    }
}
