using Modular.Plugins.CountyFiveActivities.Benchmark;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>晋档升级: the ranking per sector for a round, who moved up, and the five-goods share over time.</summary>
public sealed class RankingModel(ScoresQuery scores) : CountyPage
{
    public Ranking Ranking { get; private set; } = null!;
    public IReadOnlyList<GradeHistory> History { get; private set; } = [];
    public IReadOnlyList<SectorShare> Shares { get; private set; } = [];

    public async Task OnGetAsync(string? round, CancellationToken ct)
    {
        Ranking = await scores.RankingAsync(round, ct);
        History = await scores.HistoryAsync(ct);
        Shares = await scores.FiveGoodsShareAsync(ct);
    }
}
