using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Sessions;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Sessions;

/// <summary>培训学习: each unit's secretaries trained and members studied, the sessions with attendance, and a form to record one.</summary>
public sealed class IndexModel(SessionService sessions, ThirdBatchUnits units, UnitMembers members, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? Summary { get; set; }
    /// <summary>The sessions list's month (<c>yyyy-MM</c>), column and direction; its kind comes with the GET alone.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public SessionSort Sort { get; set; } = SessionSort.Day;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; } = true;
    public SessionKind? KindShown { get; private set; }

    public ListPage<SessionView> Sessions { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);
    public Pager Pager => Pager.For(Request, Sessions.Page, Sessions.PageCount, Sessions.Total);
    private int pageNumber = 1;

    public SessionsOverview View { get; private set; } = null!;
    public IReadOnlyList<Unit> Seen { get; private set; } = [];
    /// <summary>The units the user may record a session for; <see cref="BannerId"/> too for the office.</summary>
    public IReadOnlyList<Unit> Recordable { get; private set; } = [];
    public long? BannerId { get; private set; }
    public string BannerName { get; private set; } = "";
    public IReadOnlyList<UnitMember> People { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today => campaign.Today;

    /// <param name="page">From the query string: "page" is also Razor Pages' route value for the page's path.</param>
    public async Task OnGetAsync(string? done, SessionKind? kind, [FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        (pageNumber, KindShown) = (page, kind);
        Notice = done == "session" ? Text.Of("培训学习已登记。", "The session is recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(long? sessionUnitId, SessionKind? kind, DateOnly? heldOn, decimal? hours, long[]? attendees, CancellationToken ct) =>
        await AfterPostAsync(await sessions.RecordAsync(new SessionInput(sessionUnitId, kind, Title, heldOn, hours, Place, Summary, attendees), ct), "session", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Seen = await units.SeenAsync(ct);
        View = await sessions.OverviewAsync(UnitId, ct);
        var listed = await sessions.PageAsync(new SessionQuery(UnitId, KindShown, Month, Sort, Desc), new PageRequest(pageNumber), ct);
        if (!listed.Succeeded)
        {
            (Error, Month) = (Listing.BadMonth(Month), null);
            listed = await sessions.PageAsync(new SessionQuery(UnitId, KindShown, null, Sort, Desc), new PageRequest(pageNumber), ct);
        }
        Sessions = listed.Value!;
        var recordable = new List<Unit>();
        foreach (var unit in Seen) if (await units.MayActForAsync(unit.Id, ct)) recordable.Add(unit);
        Recordable = recordable;
        var tree = await units.TreeAsync(ct);
        BannerId = units.IsOffice ? tree.Root?.Id : null;
        BannerName = tree.Root?.Name ?? "";
        var ids = recordable.Select(u => u.Id).ToHashSet();
        People = [.. (await members.MembersAsync(ct)).Where(m => ids.Contains(m.Unit.Id))];
    }
}
