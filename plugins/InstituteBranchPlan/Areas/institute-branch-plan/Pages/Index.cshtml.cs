using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.Suggestions;
using Modular.Plugins.InstituteBranchPlan.Summary;

namespace Modular.Plugins.InstituteBranchPlan.Pages;

/// <summary>活动概览: the plan's dates and numbers as this jurisdiction set them; a member's own next steps; each branch at a glance.</summary>
public sealed class IndexModel(InstituteBranchPlanCampaign campaign, PersonalPlanService plans, SuggestionService suggestions, SummaryService summary) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public PersonalPlanLine? MyPlan { get; private set; }
    public int MySuggestions { get; private set; }
    public IReadOnlyList<BranchPlans> Plans { get; private set; } = [];
    public IReadOnlyList<BranchSuggestions> Suggestions { get; private set; } = [];
    public MemberReportLine? MyReport { get; private set; }
    public IReadOnlyList<BranchReports> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        MyPlan = await plans.MineAsync(ct);
        MySuggestions = (await suggestions.MineAsync(ct)).Count;
        Plans = await plans.BranchesAsync(ct);
        Suggestions = await suggestions.BranchesAsync(ct);
        MyReport = await summary.MyReportAsync(ct);
        Reports = await summary.BranchReportsAsync(ct);
    }
}
