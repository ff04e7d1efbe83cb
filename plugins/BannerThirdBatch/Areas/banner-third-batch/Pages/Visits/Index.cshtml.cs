using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Guidance;
using Modular.Plugins.BannerThirdBatch.LeadingGroup;
using Modular.Plugins.BannerThirdBatch.Units;
using Modular.Plugins.BannerThirdBatch.Visits;

namespace Modular.Plugins.BannerThirdBatch.Pages.Visits;

/// <summary>指导检查和问题整改: visits, follow-ups (open, overdue, closed) per unit, the visit form and the unit's close form.</summary>
public sealed class IndexModel(VisitService visits, FollowUpService followUps, GuidanceService guidance, LeadingGroupService leading, ThirdBatchUnits units,
    ICurrentUser user, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    public const int FollowUpRows = 3;

    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    /// <summary>The visits list's month (<c>yyyy-MM</c>), column and direction.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public VisitSort Sort { get; set; } = VisitSort.Day;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; } = true;
    [BindProperty] public string? Findings { get; set; }

    public ListPage<VisitView> Visits { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);
    public Pager Pager => Pager.For(Request, Visits.Page, Visits.PageCount, Visits.Total);
    private int pageNumber = 1;
    public IReadOnlyList<FollowUpView> FollowUps { get; private set; } = [];
    public IReadOnlyList<UnitFollowUps> ByUnit { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    /// <summary>Who the user may record a visit as: a group (<c>g:{id}</c>, its units) or their liaison point (<c>l</c>).</summary>
    public IReadOnlyList<(string Key, string Name, IReadOnlyList<long> UnitIds)> As { get; private set; } = [];
    public HashSet<long> MayClose { get; private set; } = [];
    public DateOnly Today => campaign.Today;
    public string? Notice { get; private set; }

    /// <param name="page">From the query string: "page" is also Razor Pages' route value for the page's path.</param>
    public async Task OnGetAsync(string? done, [FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        pageNumber = page;
        Notice = done switch
        {
            "visit" => Text.Of("指导检查已登记。", "The visit is recorded."),
            "closed" => Text.Of("已整改销号。", "The follow-up is closed."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostVisitAsync(string? by, long? visitUnitId, DateOnly? visitedOn, CancellationToken ct)
    {
        var items = new List<FollowUpInput>();
        for (var i = 0; i < FollowUpRows; i++)
        {
            var problem = Entered.Text(Request.Form[$"problem-{i}"]);
            if (problem is null) continue;
            items.Add(new FollowUpInput(problem, DateOnly.TryParse(Request.Form[$"deadline-{i}"], out var d) ? d : null,
                long.TryParse(Request.Form[$"lead-{i}"], out var l) ? l : null));
        }
        long? groupId = by is not null && by.StartsWith("g:", StringComparison.Ordinal) && long.TryParse(by[2..], out var g) ? g : null;
        var result = await visits.RecordAsync(new VisitInput(visitUnitId, groupId, null, visitedOn, Findings, items), ct);
        return await AfterPostAsync(result, "visit", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, DateOnly? completedOn, string? evidence, int version, CancellationToken ct) =>
        await AfterPostAsync(await followUps.CloseAsync(id, new CloseInput(completedOn, evidence, version), ct), "closed", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var listed = await visits.PageAsync(new VisitQuery(UnitId, Month, Sort, Desc), new PageRequest(pageNumber), ct);
        if (!listed.Succeeded)
        {
            (Error, Month) = (Listing.BadMonth(Month), null);
            listed = await visits.PageAsync(new VisitQuery(UnitId, null, Sort, Desc), new PageRequest(pageNumber), ct);
        }
        Visits = listed.Value!;
        FollowUps = await followUps.ListAsync(UnitId, null, ct);
        ByUnit = [.. (await followUps.ByUnitAsync(ct)).Where(u => UnitId is null || u.UnitId == UnitId)];
        var readable = await guidance.ReadableUnitIdsAsync(ct);
        Units = [.. (await units.AllAsync(ct)).Where(u => readable.Contains(u.Id))];
        var choices = new List<(string, string, IReadOnlyList<long>)>();
        foreach (var g in await guidance.AllAsync(ct))
            if (await guidance.MayActForGroupAsync(g, ct)) choices.Add(($"g:{g.Id}", g.Name, g.UnitIds));
        if (await user.PersonIdAsync(ct) is { } me && await leading.LiaisonTownOfAsync(me, ct) is { } town)
            choices.Add(("l", Text.Of("我的联系点", "My liaison point"), [town]));
        As = choices;
        MayClose = [];
        foreach (var id in FollowUps.Where(f => f.CompletedOn is null).Select(f => f.UnitId).Distinct())
            if (await units.MayActForAsync(id, ct)) MayClose.Add(id);
    }

    public static string Css(RectificationStatus status) => (status switch
    {
        RectificationStatus.Done => DueState.Done,
        RectificationStatus.Overdue => DueState.Missed,
        _ => DueState.Pending,
    }).CssClass();
}
