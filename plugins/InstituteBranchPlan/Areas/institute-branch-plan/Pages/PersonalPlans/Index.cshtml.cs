using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;

namespace Modular.Plugins.InstituteBranchPlan.Pages.PersonalPlans;

/// <summary>
/// 个人打算: a member's own plan (hand in, change until assessed) and, for those who run or oversee a branch, every member's
/// plan against the due day, with publication and the year-end assessment; the plans published institute-wide.
/// </summary>
public sealed class IndexModel(PersonalPlanService plans, BranchOffice office, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public PersonalPlanLine? Mine { get; private set; }
    public IReadOnlyList<BranchPlans> Branches { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    public IReadOnlyList<PersonalPlanLine> Published { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public PledgeKind? Kind { get; set; }
    [BindProperty] public string? PlanText { get; set; }
    [BindProperty] public string? Problems { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("个人打算已提交，支部留存一份。", "Your plan is handed in; the branch keeps a copy."),
            "published" => Text.Of("已更新所内公开。", "Publication updated."),
            "reviewed" => Text.Of("考核结果已保存。", "The assessment is saved."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await plans.SaveAsync(new PersonalPlanInput(null, Kind, PlanText, PersonalPlanRule.Lines(Problems), Version), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostPublishAsync(long id, bool published, CancellationToken ct)
    {
        var result = await plans.PublishAsync(id, published, ct);
        return await AfterPostAsync(result, "published", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostReviewAsync(long id, PledgeFulfilment? outcome, decimal? score, string? comment, CancellationToken ct)
    {
        var result = await plans.ReviewAsync(id, new PersonalPlanReviewInput(outcome, score, comment), ct);
        return await AfterPostAsync(result, "reviewed", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Mine = await plans.MineAsync(ct);
        Branches = await plans.BranchesAsync(ct);
        foreach (var b in Branches)
            if (await office.MayRunAsync(b.BranchId, ct)) Runs.Add(b.BranchId);
        Published = await plans.PublishedAsync(ct);
        if (Mine?.Plan is { } plan && PlanText is null)
            (Kind, PlanText, Problems, Version) = (plan.PledgeKind, plan.Text, string.Join('\n', plan.Problems), plan.Version);
    }
}
