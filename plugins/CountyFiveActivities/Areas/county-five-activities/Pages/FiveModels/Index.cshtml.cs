using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Grading;

namespace Modular.Plugins.CountyFiveActivities.Pages.FiveModels;

/// <summary>
/// 争当“五个模范”: the branch assesses each of its members on the five models for a round (the same service as the API);
/// every reader sees the members they may read, and the share of five-models members per sector round by round.
/// </summary>
public sealed class IndexModel(FiveModelsAssessing assessing, SharesQuery shares, CountyCampaign campaign) : PluginPageModel
{
    public string? Round { get; private set; }
    public IReadOnlyList<string> Rounds { get; private set; } = [];
    public IReadOnlyList<FiveModelsRow> Mine { get; private set; } = [];
    public IReadOnlyList<FiveModelsRow> Readable { get; private set; } = [];
    public IReadOnlyList<SectorProgress> Progress { get; private set; } = [];
    public string? Notice { get; private set; }

    /// <summary>The round the form saves to: the one shown, else this half-year (e.g. 2011年下半年).</summary>
    public string FormRound => Round ?? $"{campaign.Today.Year}年{(campaign.Today.Month <= 6 ? "上" : "下")}半年";

    public async Task OnGetAsync(string? round, string? done, CancellationToken ct)
    {
        if (done == "saved") Notice = Text.Of("已保存评定。", "The assessment is saved.");
        await LoadAsync(round, ct);
    }

    public async Task<IActionResult> OnPostAssessAsync(long personId, string? round, bool study, bool policy, bool serving, bool dedication, bool discipline,
        int? version, CancellationToken ct)
    {
        var result = await assessing.AssessAsync(personId, round, new FiveModelsInput(null, study, policy, serving, dedication, discipline, null, version), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(round, ct));
    }

    private async Task LoadAsync(string? round, CancellationToken ct)
    {
        (Round, Rounds, Readable) = await assessing.RoundAsync(round, mine: false, ct);
        (_, _, Mine) = await assessing.RoundAsync(Round ?? FormRound, mine: true, ct);
        Progress = await shares.ProgressAsync(ct);
    }
}
