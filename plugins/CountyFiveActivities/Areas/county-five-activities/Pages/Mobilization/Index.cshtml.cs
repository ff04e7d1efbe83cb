using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Mobilization;

namespace Modular.Plugins.CountyFiveActivities.Pages.Mobilization;

/// <summary>
/// 第一步 广泛发动，安排部署: the committees' mobilization meetings against the 7-day rule, and the plan filings (备案).
/// The office records the county's meeting; each committee's officer records its own; the level above receives or
/// returns filed plans — the same services as the API.
/// </summary>
public sealed class IndexModel(MobilizationQuery mobilization, PlanFilingQuery filings, MobilizationService meetings, PlanFilingDesk desk,
    IOrganizationDirectory directory, IRoster roster, LeadingBodiesService bodies, CountyCampaign campaign) : PluginPageModel
{
    public MobilizationOverview Meetings { get; private set; } = null!;
    public BodiesOverview Bodies { get; private set; } = null!;
    public IReadOnlyList<FilingRow> Filings { get; private set; } = [];
    public HashSet<long> MayRecord { get; private set; } = [];
    public HashSet<long> MayDecide { get; private set; } = [];
    public bool IsOffice => meetings.MayRecordCounty;
    /// <summary>Per organization whose meeting the user records, its officers (the secretary first): who may have deployed it.</summary>
    public Dictionary<long, IReadOnlyList<(long PersonId, string Name, bool Secretary)>> Deployers { get; private set; } = [];
    public long? RootId { get; private set; }
    public DateOnly Today => campaign.Today;

    /// <summary>A recorded time in the county's local time.</summary>
    public string Local(DateTimeOffset? at) => at is { } t ? campaign.WallClock(t).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
    public string? Notice { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCountyAsync(DateOnly? heldOn, int? attendees, long? deployedByPersonId, int? version, CancellationToken ct) =>
        ActAsync(meetings.RecordCountyAsync(new(heldOn, attendees, null, version, deployedByPersonId), ct), Text.Of("已记录县委发动大会。", "The county meeting is recorded."), ct);

    public Task<IActionResult> OnPostCommitteeAsync(long organizationId, DateOnly? heldOn, long? deployedByPersonId, int? version, CancellationToken ct) =>
        ActAsync(meetings.RecordCommitteeAsync(organizationId, new(heldOn, null, null, version, deployedByPersonId), ct), Text.Of("已记录党委发动大会。", "The committee meeting is recorded."), ct);

    public Task<IActionResult> OnPostReceiveAsync(long organizationId, int? version, CancellationToken ct) =>
        ActAsync(desk.DecideAsync(organizationId, new(null, version), FilingState.Received, ct), Text.Of("已备案。", "Filed."), ct);

    public Task<IActionResult> OnPostReturnAsync(long organizationId, string? comment, int? version, CancellationToken ct) =>
        ActAsync(desk.DecideAsync(organizationId, new(comment, version), FilingState.Returned, ct), Text.Of("已退回修改。", "Returned for changes."), ct);

    private async Task<IActionResult> ActAsync<T>(Task<Result<T>> action, string done, CancellationToken ct)
    {
        var outcome = await action;
        if (outcome.Succeeded) Notice = done; else Error = outcome.Message;
        if (!outcome.Succeeded) Response.StatusCode = ResultHttp.StatusOf(outcome.Kind);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Bodies = await bodies.OverviewAsync(ct);
        Meetings = await mobilization.OverviewAsync(ct);
        Filings = await filings.RowsAsync(ct);
        MayRecord = await meetings.RecordableAsync(Meetings.Committees.Select(c => c.OrganizationId), ct);
        RootId = (await directory.TreeAsync(ct)).Root?.Id;
        var officers = (await directory.AllOfficersAsync(ct)).ToLookup(o => o.OrganizationId);
        var names = await roster.FindManyAsync(officers.SelectMany(g => g).Select(o => o.PersonId).Distinct(), ct);
        foreach (var id in MayRecord.Concat(IsOffice && RootId is { } root ? [root] : []))
            Deployers[id] = [.. officers[id].OrderBy(o => o.Post).GroupBy(o => o.PersonId).Where(g => names.ContainsKey(g.Key))
                .Select(g => (g.Key, names[g.Key].Name, g.Any(o => o.Post == OfficerPost.Secretary)))];
        MayDecide = await desk.DecidableAsync(Filings.Where(f => f.State == FilingState.Submitted).Select(f => f.OrganizationId), ct);
    }
}
