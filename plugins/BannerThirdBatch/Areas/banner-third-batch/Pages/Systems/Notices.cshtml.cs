using Modular.Plugins.BannerThirdBatch.Systems;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Systems;

/// <summary>通报: the notices the user issued or that reach units they see, who read them, the mark-read buttons and the issue form.</summary>
public sealed class NoticesModel(SystemsService systems, ThirdBatchUnits units, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty] public long? TownId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public DateOnly? Day { get; set; }

    /// <summary>The list's month (<c>yyyy-MM</c>), unread-only, column and direction.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty(SupportsGet = true)] public NoticeSort Sort { get; set; } = NoticeSort.Day;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; } = true;

    public ListPage<NoticeView> Notices { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);
    public Pager Pager => Pager.For(Request, Notices.Page, Notices.PageCount, Notices.Total);
    private int pageNumber = 1;
    /// <summary>The units the user reads notices for (acts for).</summary>
    public HashSet<long> ReadsFor { get; private set; } = [];
    /// <summary>Whom the user may issue as: null for the banner office, the towns they act for.</summary>
    public IReadOnlyList<Unit> Towns { get; private set; } = [];
    public bool IsOffice => units.IsOffice;
    public DateOnly Today => campaign.Today;
    public string? Notice { get; private set; }

    /// <param name="page">From the query string: "page" is also Razor Pages' route value for the page's path.</param>
    public async Task OnGetAsync(string? done, [FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        pageNumber = page;
        Notice = done switch { "issued" => Text.Of("通报已发布。", "The notice is issued."), "read" => Text.Of("已阅知。", "Marked read."), _ => null };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct) =>
        await AfterPostAsync(await systems.IssueAsync(new NoticeInput(TownId, Title, Body, Day), ct), "issued", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostReadAsync(long id, long unitId, CancellationToken ct) =>
        await AfterPostAsync(await systems.MarkReadAsync(id, new NoticeReadInput(unitId), ct), "read", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var listed = await systems.NoticesPageAsync(new NoticeQuery(Month, Unread, Sort, Desc), new PageRequest(pageNumber), ct);
        if (!listed.Succeeded)
        {
            (Error, Month) = (Common.Listing.BadMonth(Month), null);
            listed = await systems.NoticesPageAsync(new NoticeQuery(null, Unread, Sort, Desc), new PageRequest(pageNumber), ct);
        }
        Notices = listed.Value!;
        var towns = new List<Unit>();
        var reads = new HashSet<long>();
        foreach (var u in await units.SeenAsync(ct))
        {
            if (!await units.MayActForAsync(u.Id, ct)) continue;
            reads.Add(u.Id);
            if (u.Kind == UnitKind.Town) towns.Add(u);
        }
        (Towns, ReadsFor) = (towns, reads);
    }
}
