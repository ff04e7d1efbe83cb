using Modular.Plugins.BannerThirdBatch.Systems;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Systems;

/// <summary>基层党建五项制度: per unit which systems are in place for the year, the ranking, the goals, cases and analyses; the forms.</summary>
public sealed class IndexModel(SystemsService systems, ThirdBatchUnits units, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public long? UnitId { get; set; }
    [BindProperty] public string? Goal { get; set; }
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public long? PersonId { get; set; }
    [BindProperty] public string? Problem { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public DateOnly? Day { get; set; }
    [BindProperty] public string? Period { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public int? Score { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public int TheYear => Year ?? campaign.Today.Year;
    public DateOnly Today => campaign.Today;
    public int MaxScore { get; private set; }
    public IReadOnlyList<UnitSystems> Units { get; private set; } = [];
    public IReadOnlyList<AssessmentView> Ranking { get; private set; } = [];
    public IReadOnlyList<GoalView> Goals { get; private set; } = [];
    public IReadOnlyList<CaseView> Cases { get; private set; } = [];
    public IReadOnlyList<AnalysisView> Analyses { get; private set; } = [];
    public IReadOnlyList<Unit> ActFor { get; private set; } = [];
    public IReadOnlyList<Unit> ReviewFor { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done is null ? null : Text.Of("已保存。", "Saved.");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostGoalAsync(CancellationToken ct) =>
        await AfterPostAsync(await systems.SaveGoalAsync(null, new GoalInput(UnitId, TheYear, Goal, Target), ct), "goal", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCaseAsync(CancellationToken ct) =>
        await AfterPostAsync(await systems.SaveCaseAsync(null, new CaseInput(UnitId, PersonId, Problem, Action, Day), ct), "case", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostAnalysisAsync(CancellationToken ct) =>
        await AfterPostAsync(await systems.SaveAnalysisAsync(null, new AnalysisInput(UnitId, Period, Day, Body), ct), "analysis", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostAssessAsync(CancellationToken ct) =>
        await AfterPostAsync(await systems.AssessAsync(null, new AssessmentInput(UnitId, TheYear, Score, Comment), ct), "assessed", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        MaxScore = (await campaign.RulesAsync(ct)).AssessmentMaxScore;
        Units = await systems.OverviewAsync(TheYear, ct);
        Ranking = await systems.AssessmentsAsync(TheYear, ct);
        Goals = await systems.GoalsAsync(null, TheYear, ct);
        Cases = [.. (await systems.CasesAsync(null, ct)).Where(c => c.Day.Year == TheYear)];
        Analyses = [.. (await systems.AnalysesAsync(null, ct)).Where(a => a.Day.Year == TheYear)];
        var act = new List<Unit>();
        var review = new List<Unit>();
        foreach (var u in await units.SeenAsync(ct))
        {
            if (await units.MayActForAsync(u.Id, ct)) act.Add(u);
            if (await units.MayReviewAsync(u.Id, ct)) review.Add(u);
        }
        (ActFor, ReviewFor) = (act, review);
    }
}
