using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>
/// 进行发动部署: the county records its mobilization meeting; every party committee records its own,
/// which must be held within 7 days after the county's (mobilization.committeeDays) — late ones are flagged.
/// </summary>
public static class MobilizationFeature
{
    public sealed record MeetingInput(DateOnly? HeldOn, int? Attendees, string? Note, int? Version);

    public sealed record CommitteeRow(long OrganizationId, string Name, string? TopLevel, DateOnly? HeldOn, DateOnly? DueOn, DueState Status, int? Version);

    public sealed record Overview(DateOnly? CountyMeeting, int? CountyVersion, int Days, IReadOnlyList<CommitteeRow> Committees);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<MobilizationQuery>("mobilization", new("各党委发动大会台账", "Committees' mobilization meetings"), async (s, q, ct) => Result.Ok(Ledger(await s.OverviewAsync(ct))));
        plugin.Services.AddScoped<MobilizationQuery>();
        plugin.Services.AddScoped<MobilizationService>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/mobilization/county", async (MeetingInput input, MobilizationService service, CancellationToken ct) =>
            (await service.RecordCountyAsync(input, ct)).ToHttpResult());

        api.MapPut("/mobilization/committees/{organizationId:long}", async (long organizationId, MeetingInput input, MobilizationService service, CancellationToken ct) =>
            (await service.RecordCommitteeAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/mobilization", async (MobilizationQuery query, CancellationToken ct) => Results.Ok(await query.OverviewAsync(ct)));
    }

    /// <summary>各党委发动大会台账: one row per committee.</summary>
    public static LedgerDefinition Ledger(Overview o) => new("各党委发动大会台账",
        [new("党委", Width: 24), new("所属", Width: 16), new("县委大会日期", LedgerColumnType.Date), new("应于此日前召开", LedgerColumnType.Date), new("召开日期", LedgerColumnType.Date), new("状态")],
        [.. o.Committees.Select(c => (IReadOnlyList<object?>)[c.Name, c.TopLevel, o.CountyMeeting, c.DueOn, c.HeldOn, StatusName(c.Status).ZhCn])]);

    /// <summary>The status in both languages: the ledger (台账) takes the Chinese, the page the reader's language.</summary>
    public static LocalizedText StatusName(DueState status) => status switch
    {
        DueState.NotDue => new("县委大会未召开", "County meeting not held yet"),
        DueState.Pending => new("期限内待召开", "Due, within the days"),
        DueState.Done => new("按时召开", "Held on time"),
        DueState.Late => new("逾期召开", "Held late"),
        _ => new("逾期未召开", "Overdue, not held"),
    };
}

/// <summary>The committees' meetings against the county's, for the API, the dashboard and the ledger.</summary>
public sealed class MobilizationQuery(CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user, CountyCampaign campaign)
{
    public async Task<MobilizationFeature.Overview> OverviewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var meetings = await db.MobilizationMeetings.ToDictionaryAsync(m => m.OrganizationId, ct);
        var county = tree.Root is { } root ? meetings.GetValueOrDefault(root.Id) : null;
        var visible = user.VisibleOrganizations(tree);
        var rows = new List<MobilizationFeature.CommitteeRow>();
        foreach (var c in tree.CommitteesBelowRoot.Where(c => visible.Contains(c.Id)))
        {
            var held = meetings.GetValueOrDefault(c.Id);
            var status = MobilizationRule.Status(rules.Calendar, county?.HeldOn, held?.HeldOn, campaign.Today, rules.CommitteeMeetingDays);
            rows.Add(new(c.Id, c.Name, tree.TopLevelOf(c.Id)?.Name, held?.HeldOn,
                county is null ? null : rules.CommitteeMeetingDue(county.HeldOn), status, held?.Version));
        }
        return new(county?.HeldOn, county?.Version, rules.CommitteeMeetingDays, rows);
    }
}
