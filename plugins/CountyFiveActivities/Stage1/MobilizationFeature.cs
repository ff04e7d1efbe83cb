using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>
/// 进行发动部署: the county records its mobilization meeting; every party committee records its own,
/// which must be held within 7 days after the county's (mobilization.committeeDays) — late ones are flagged.
/// </summary>
public static class MobilizationFeature
{
    public sealed record MeetingInput(DateOnly? HeldOn, int? Attendees, string? Note, int? Version);

    public sealed record CommitteeRow(long OrganizationId, string Name, string? TopLevel, DateOnly? HeldOn, DateOnly? DueOn, MeetingStatus Status, int? Version);

    public sealed record Overview(DateOnly? CountyMeeting, int? CountyVersion, int Days, IReadOnlyList<CommitteeRow> Committees);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<MobilizationQuery>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/mobilization/county", async (MeetingInput input, CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (!access.IsOffice) return CountyApi.Forbidden("只有县创先争优活动领导小组办公室可以记录县委发动大会。");
            if (input.HeldOn is not { } heldOn) return CountyApi.Refused("heldOn", "请填写县委发动大会日期。");
            if (await tree.RootAsync(ct) is not { } root) return CountyApi.Refused("organizationId", "本县尚无党组织，请先建立县委。");
            return await SaveMeetingAsync(db, root.Id, heldOn, input, access, campaign, ct);
        });

        api.MapPut("/mobilization/committees/{organizationId:long}", async (long organizationId, MeetingInput input, CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign, CancellationToken ct) =>
        {
            var org = await tree.FindAsync(organizationId, ct);
            if (org is null) return CountyApi.NotFound("党组织");
            if (!(await tree.CommitteesAsync(ct)).Any(c => c.Id == organizationId))
                return CountyApi.Refused("organizationId", "只有党委召开发动大会。");
            if (!await access.ManagesAsync(organizationId, ct)) return CountyApi.Forbidden();
            if (input.HeldOn is not { } heldOn) return CountyApi.Refused("heldOn", "请填写发动大会日期。");
            var root = await tree.RootAsync(ct);
            var county = await db.MobilizationMeetings.SingleOrDefaultAsync(m => m.OrganizationId == root!.Id, ct);
            if (county is null) return CountyApi.Refused("heldOn", "县委发动大会尚未记录，各党委的发动大会在其后召开。");
            if (heldOn < county.HeldOn) return CountyApi.Refused("heldOn", $"党委发动大会应在县委发动大会（{county.HeldOn:yyyy-MM-dd}）之后召开。");
            return await SaveMeetingAsync(db, organizationId, heldOn, input, access, campaign, ct);
        });

        api.MapGet("/mobilization", async (MobilizationQuery query, CancellationToken ct) => Results.Ok(await query.OverviewAsync(ct)));

        api.MapGet("/mobilization/ledger", async (string? format, MobilizationQuery query, CancellationToken ct) =>
        {
            var o = await query.OverviewAsync(ct);
            return Results.Extensions.Ledger(new LedgerDefinition("各党委发动大会台账",
                [new("党委", Width: 24), new("所属", Width: 16), new("县委大会日期", LedgerColumnType.Date), new("应于此日前召开", LedgerColumnType.Date), new("召开日期", LedgerColumnType.Date), new("状态")],
                [.. o.Committees.Select(c => (IReadOnlyList<object?>)[c.Name, c.TopLevel, o.CountyMeeting, c.DueOn, c.HeldOn, StatusName(c.Status)])]), CountyApi.Format(format));
        });
    }

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.NotDue => "县委大会未召开",
        MeetingStatus.Pending => "期限内待召开",
        MeetingStatus.OnTime => "按时召开",
        MeetingStatus.Late => "逾期召开",
        _ => "逾期未召开",
    };

    private static async Task<IResult> SaveMeetingAsync(CountyDbContext db, long organizationId, DateOnly heldOn, MeetingInput input, CountyAccess access, CountyCampaign campaign, CancellationToken ct)
    {
        if (input.Attendees is < 0) return CountyApi.Refused("attendees", "参会人数不能为负数。");
        if (heldOn > campaign.Today) return CountyApi.Refused("heldOn", "不能记录尚未召开的会议。");
        var row = await db.MobilizationMeetings.AsTracking().SingleOrDefaultAsync(m => m.OrganizationId == organizationId, ct);
        if (row is null)
        {
            if (input.Version is not null) return CountyApi.Conflict();
            row = new MobilizationMeeting { OrganizationId = organizationId, Version = 1 };
            db.MobilizationMeetings.Add(row);
        }
        else
        {
            if (input.Version != row.Version) return CountyApi.Conflict();
            row.Version++;
        }
        row.HeldOn = heldOn;
        row.Attendees = input.Attendees;
        row.Note = CountyApi.Required(input.Note);
        row.RecordedBy = access.User.DisplayName;
        row.RecordedAt = campaign.Now;
        return await CountyApi.SaveAsync(db, ct) ?? Results.Ok(new { row.OrganizationId, row.HeldOn, row.Version });
    }
}

/// <summary>The committees' meetings against the county's, for the API, the dashboard and the ledger.</summary>
public sealed class MobilizationQuery(CountyDbContext db, CountyTree tree, CountyAccess access, CountyCampaign campaign)
{
    public async Task<MobilizationFeature.Overview> OverviewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var root = await tree.RootAsync(ct);
        var meetings = await db.MobilizationMeetings.ToDictionaryAsync(m => m.OrganizationId, ct);
        var county = root is null ? null : meetings.GetValueOrDefault(root.Id);
        var visible = await access.VisibleOrganizationsAsync(ct);
        var rows = new List<MobilizationFeature.CommitteeRow>();
        foreach (var c in (await tree.CommitteesAsync(ct)).Where(c => visible.Contains(c.Id)))
        {
            var held = meetings.GetValueOrDefault(c.Id);
            var status = MobilizationRule.Status(county?.HeldOn, held?.HeldOn, campaign.Today, rules.CommitteeMeetingDays);
            rows.Add(new(c.Id, c.Name, (await tree.TopLevelOfAsync(c.Id, ct))?.Name, held?.HeldOn,
                county is null ? null : rules.CommitteeMeetingDue(county.HeldOn), status, held?.Version));
        }
        return new(county?.HeldOn, county?.Version, rules.CommitteeMeetingDays, rows);
    }
}
