using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Evaluation;

/// <summary>
/// 群众评议: a member rates colleagues in an open round and sees their own grade once it is closed; the branch opens and
/// closes rounds, hands out codes to the public and enters code holders' sheets, and reads the results with a chart.
/// </summary>
public sealed class IndexModel(EvaluationService evaluation, BranchOffice office, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<MyRound> Mine { get; private set; } = [];
    public IReadOnlyList<RoundView> Rounds { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    /// <summary>Codes just issued (shown once, as printable slips under their round).</summary>
    public CodeSlips? Slips { get; private set; }

    /// <summary>The public sheet's full address for a slip: this site's address before the path.</summary>
    public string PublicAddress(string path) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path}";
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "rated" => Text.Of("评议已提交。", "Your rating is in."),
            "opened" => Text.Of("本轮评议已开启。", "The round is open."),
            "closed" => Text.Of("本轮评议已结束，综合成绩已确定。", "The round is closed; the grades are fixed."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRateAsync(long branchId, EvaluationPeriod period, long personId, string? grade, string? code, CancellationToken ct)
    {
        var result = await evaluation.RateAsync(branchId, period, new EvaluationRatingInput(personId, grade, code), ct);
        return await AfterPostAsync(result, "rated", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostOpenAsync(long branchId, EvaluationPeriod period, CancellationToken ct)
    {
        var result = await evaluation.OpenAsync(branchId, period, ct);
        return await AfterPostAsync(result, "opened", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostCloseAsync(long branchId, EvaluationPeriod period, CancellationToken ct)
    {
        var result = await evaluation.CloseAsync(branchId, period, ct);
        return await AfterPostAsync(result, "closed", () => LoadAsync(ct));
    }

    /// <summary>The codes are shown once, on this response: only their hashes are kept.</summary>
    public async Task<IActionResult> OnPostCodesAsync(long branchId, EvaluationPeriod period, int count, CancellationToken ct)
    {
        var result = await evaluation.IssueCodesAsync(branchId, period, new EvaluationCodesInput(count), ct);
        await LoadAsync(ct);
        if (result.Succeeded) { Slips = result.Value; return Page(); }
        return Unless(result)!;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Mine = await evaluation.MineAsync(ct);
        Rounds = await evaluation.BranchesAsync(ct);
        foreach (var r in Rounds)
            if (await office.MayRunAsync(r.BranchId, ct)) Runs.Add(r.BranchId);
    }
}
