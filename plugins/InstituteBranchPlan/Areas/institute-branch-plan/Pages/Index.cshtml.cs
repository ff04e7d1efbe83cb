using Modular.Plugins.InstituteBranchPlan.Summary;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Study;
using Modular.Plugins.InstituteBranchPlan.Suggestions;

namespace Modular.Plugins.InstituteBranchPlan.Pages;

/// <summary>活动概览: the plan's dates and numbers as this jurisdiction set them; a member's own next steps; each branch at a glance.</summary>
public sealed class IndexModel(InstituteBranchPlanCampaign campaign, PersonalPlanService plans, SuggestionService suggestions,
    StudyService study, ReadingNoteService notes, PartySpiritService partySpirit, EvaluationService evaluation, SummaryService summary) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public PersonalPlanLine? MyPlan { get; private set; }
    public int MySuggestions { get; private set; }
    public IReadOnlyList<BranchPlans> Plans { get; private set; } = [];
    public IReadOnlyList<BranchSuggestions> Suggestions { get; private set; } = [];
    public IReadOnlyList<RoundView> Evaluations { get; private set; } = [];
    public MemberReportLine? MyReport { get; private set; }
    public IReadOnlyList<BranchReports> Reports { get; private set; } = [];
    public MyNotes? MyNotes { get; private set; }
    public IReadOnlyList<BranchStudy> Study { get; private set; } = [];
    public IReadOnlyList<BranchNotes> Notes { get; private set; } = [];
    public IReadOnlyList<BranchPartySpirit> PartySpirit { get; private set; } = [];
    public PartySpiritLine? MyPartySpirit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        MyPlan = await plans.MineAsync(ct);
        MySuggestions = (await suggestions.MineAsync(ct)).Count;
        Plans = await plans.BranchesAsync(ct);
        Suggestions = await suggestions.BranchesAsync(ct);
        Evaluations = await evaluation.BranchesAsync(ct);
        MyReport = await summary.MyReportAsync(ct);
        Reports = await summary.BranchReportsAsync(ct);
        MyNotes = await notes.MineAsync(ct);
        Study = await study.BranchesAsync(ct);
        Notes = await notes.BranchesAsync(ct);
        PartySpirit = await partySpirit.BranchesAsync(ct);
        MyPartySpirit = await partySpirit.MineAsync(ct);
    }
}
