using Modular.Plugins.CountyFiveActivities.Grading;

namespace Modular.Plugins.CountyFiveActivities.Pages.Grading;

/// <summary>晋档升级: the ranking per sector for a round, who moved up, the five-goods share over time, and the level above's scoring form.</summary>
public sealed class IndexModel(ScoresQuery scores, FiveGoodsScoring scoring, SharesQuery shares) : PluginPageModel
{
    public Ranking Ranking { get; private set; } = null!;
    public IReadOnlyList<GradeHistory> History { get; private set; } = [];
    public IReadOnlyList<SectorShare> Shares { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Scorable { get; private set; } = [];
    public IReadOnlyList<SectorProgress> Progress { get; private set; } = [];
    public string? Notice { get; private set; }

    public Task OnGetAsync(string? round, CancellationToken ct) => LoadAsync(round, ct);

    public async Task<IActionResult> OnPostScoreAsync(long organizationId, string? scoreRound, decimal? leadership, decimal? membership, decimal? mechanisms,
        decimal? results, decimal? opinion, CancellationToken ct)
    {
        var outcome = await scoring.ScoreAsync(organizationId, scoreRound, new(null, leadership, membership, mechanisms, results, opinion, null), ct);
        if (outcome.Succeeded) Notice = Text.Of("已保存评分。", "The scores are saved.");
        else
        {
            Error = outcome.Kind == ResultKind.Conflict ? Text.Of("该党组织本轮已评分；如需修改请通过接口带版本号提交。", "This organization is already scored in this round; to change the scores, send them through the API with the version.") : outcome.Message;
            Response.StatusCode = ResultHttp.StatusOf(outcome.Kind);
        }
        await LoadAsync(scoreRound, ct);
        return Page();
    }

    private async Task LoadAsync(string? round, CancellationToken ct)
    {
        Ranking = await scores.RankingAsync(round, ct);
        History = await scores.HistoryAsync(ct);
        Shares = await scores.FiveGoodsShareAsync(ct);
        Scorable = await scoring.ScorableAsync(ct);
        Progress = await shares.ProgressAsync(ct);
    }
}
