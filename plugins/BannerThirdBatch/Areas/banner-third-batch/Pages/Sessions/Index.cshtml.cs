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

    public SessionsOverview View { get; private set; } = null!;
    public IReadOnlyList<Unit> Seen { get; private set; } = [];
    /// <summary>The units the user may record a session for; <see cref="BannerId"/> too for the office.</summary>
    public IReadOnlyList<Unit> Recordable { get; private set; } = [];
    public long? BannerId { get; private set; }
    public string BannerName { get; private set; } = "";
    public IReadOnlyList<UnitMember> People { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today => campaign.Today;

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "session" ? Text.Of("培训学习已登记。", "The session is recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(long? sessionUnitId, SessionKind? kind, DateOnly? heldOn, decimal? hours, long[]? attendees, CancellationToken ct) =>
        await AfterPostAsync(await sessions.RecordAsync(new SessionInput(sessionUnitId, kind, Title, heldOn, hours, Place, Summary, attendees), ct), "session", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Seen = await units.SeenAsync(ct);
        View = await sessions.OverviewAsync(UnitId, ct);
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
