using Microsoft.AspNetCore.Mvc;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Stage1;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>
/// 第一步: the committees' mobilization meetings against the 7-day rule, and the plan filings (备案).
/// The office records the county's meeting; each committee's officer records its own; the level above
/// receives or returns filed plans — the same services as the API.
/// </summary>
public sealed class MobilizationModel(MobilizationQuery mobilization, PlanFilingQuery filings, MobilizationService meetings, PlanFilingDesk desk,
    CountyAccess access, CountyCampaign campaign) : CountyPage
{
    public MobilizationFeature.Overview Meetings { get; private set; } = null!;
    public IReadOnlyList<PlanFilingFeature.FilingRow> Filings { get; private set; } = [];
    public HashSet<long> MayRecord { get; } = [];
    public HashSet<long> MayDecide { get; } = [];
    public bool IsOffice => access.IsOffice;
    public DateOnly Today => campaign.Today;
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCountyAsync(DateOnly? heldOn, int? attendees, int? version, CancellationToken ct) =>
        ActAsync(meetings.RecordCountyAsync(new(heldOn, attendees, null, version), ct), "已记录县委发动大会。", ct);

    public Task<IActionResult> OnPostCommitteeAsync(long organizationId, DateOnly? heldOn, int? version, CancellationToken ct) =>
        ActAsync(meetings.RecordCommitteeAsync(organizationId, new(heldOn, null, null, version), ct), "已记录党委发动大会。", ct);

    public Task<IActionResult> OnPostReceiveAsync(long organizationId, int? version, CancellationToken ct) =>
        ActAsync(desk.DecideAsync(organizationId, new(null, version), FilingState.Received, ct), "已备案。", ct);

    public Task<IActionResult> OnPostReturnAsync(long organizationId, string? comment, int? version, CancellationToken ct) =>
        ActAsync(desk.DecideAsync(organizationId, new(comment, version), FilingState.Returned, ct), "已退回修改。", ct);

    private async Task<IActionResult> ActAsync(Task<Outcome> action, string done, CancellationToken ct)
    {
        var outcome = await action;
        if (outcome.Succeeded) Notice = done; else Error = outcome.Message;
        if (!outcome.Succeeded) Response.StatusCode = outcome.Status;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Meetings = await mobilization.OverviewAsync(ct);
        Filings = await filings.RowsAsync(ct);
        foreach (var c in Meetings.Committees)
            if (await access.ManagesAsync(c.OrganizationId, ct)) MayRecord.Add(c.OrganizationId);
        foreach (var f in Filings.Where(f => f.State == FilingState.Submitted))
            if (await access.IsLevelAboveAsync(f.OrganizationId, ct)) MayDecide.Add(f.OrganizationId);
    }
}
