using Modular.Plugins.BannerThirdBatch.Outreach;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Outreach;

/// <summary>外出党员传达: each unit's coverage, its outgoing members with whereabouts and whether/when/how reached, the contacts and a form.</summary>
public sealed class IndexModel(OutreachService outreach, ThirdBatchUnits units, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty] public string? Note { get; set; }
    /// <summary>The contacts list's month (<c>yyyy-MM</c>), method, column and direction.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public OutreachMethod? Method { get; set; }
    [BindProperty(SupportsGet = true)] public ContactSort Sort { get; set; } = ContactSort.Day;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; } = true;

    public ListPage<ContactView> Contacts { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);
    public Pager Pager => Pager.For(Request, Contacts.Page, Contacts.PageCount, Contacts.Total);
    private int pageNumber = 1;

    public OutreachOverview View { get; private set; } = null!;
    public IReadOnlyList<Unit> Seen { get; private set; } = [];
    /// <summary>The outgoing members the user may record a contact for.</summary>
    public IReadOnlyList<OutgoingMemberView> Recordable { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today => campaign.Today;

    /// <param name="page">From the query string: "page" is also Razor Pages' route value for the page's path.</param>
    public async Task OnGetAsync(string? done, [FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        pageNumber = page;
        Notice = done == "reached" ? Text.Of("传达记录已登记。", "The contact is recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(long? personId, DateOnly? reachedOn, OutreachMethod? method, CancellationToken ct) =>
        await AfterPostAsync(await outreach.RecordAsync(new OutreachInput(personId, reachedOn, method, Note), ct), "reached", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Seen = await units.SeenAsync(ct);
        View = await outreach.OverviewAsync(UnitId, ct);
        var listed = await outreach.ContactsAsync(new ContactQuery(UnitId, Month, Method, Sort, Desc), new PageRequest(pageNumber), ct);
        if (!listed.Succeeded)
        {
            (Error, Month) = (Common.Listing.BadMonth(Month), null);
            listed = await outreach.ContactsAsync(new ContactQuery(UnitId, null, Method, Sort, Desc), new PageRequest(pageNumber), ct);
        }
        Contacts = listed.Value!;
        var mayAct = new HashSet<long>();
        foreach (var unit in View.Units.Select(u => u.Figure.UnitId)) if (await units.MayActForAsync(unit, ct)) mayAct.Add(unit);
        Recordable = [.. View.Members.Where(m => mayAct.Contains(m.UnitId))];
    }
}
