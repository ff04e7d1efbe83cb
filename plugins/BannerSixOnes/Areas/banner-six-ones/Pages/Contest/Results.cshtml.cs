using Modular.Plugins.BannerSixOnes.Contest;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>进度与排名：参与情况（办公室）、个人/党组织/团体赛排名、录入团体赛成绩、公布排名、台账下载。</summary>
public sealed class ResultsModel(SixOnesDbContext db, Rankings rankings, TeamScoring teams, ContestSetup setup, IOrganizationDirectory directory) : PluginPageModel
{
    public KnowledgeContest Contest { get; private set; } = null!;
    public ContestView View { get; private set; } = null!;
    public ContestRankings Ranks { get; private set; } = null!;
    public IReadOnlyList<Participation> Live { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];
    public bool IsOffice => setup.MayEdit;
    /// <summary>The ledger download of the plugin's API for this contest.</summary>
    public string LedgerUrl => $"/api/j/{RouteData.Values["jurisdiction"]}/banner-six-ones/ledgers/contest-results?contestId={Contest.Id}";
    public List<string> Errors { get; } = [];

    public Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnPostTeamAsync(long id, long? organizationId, string? round, decimal? points, CancellationToken ct) =>
        await ShowAsync(id, await teams.RecordAsync(id, new TeamScoreInput(organizationId, round, points), ct), ct);

    public async Task<IActionResult> OnPostPublishRankingsAsync(long id, CancellationToken ct) =>
        await ShowAsync(id, await setup.PublishRankingsAsync(id, ct), ct);

    private async Task<IActionResult> ShowAsync<T>(long id, Result<T> result, CancellationToken ct)
    {
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Kind == ResultKind.NotFound) return NotFound();
        Errors.AddRange(result.Errors.SelectMany(e => e.Value));
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await setup.VisibleAsync(id, ct) is not { } contest) return NotFound();
        if (!setup.MaySeeRankings(contest)) return Forbid();
        Contest = contest;
        View = await setup.ViewAsync(contest, ct);
        Ranks = await rankings.ForAsync(contest, ct);
        Live = (await rankings.ParticipationAsync(id, ct)).Value ?? []; // the office's and auditors' live view
        Organizations = await directory.ListAsync(ct);
        return Page();
    }
}
