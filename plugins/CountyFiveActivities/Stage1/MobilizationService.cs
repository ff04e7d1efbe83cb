using Modular.Sdk;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>A meeting as recorded: whose, when, at which version.</summary>
public sealed record MeetingRecorded(long OrganizationId, DateOnly HeldOn, int Version);

/// <summary>Recording the mobilization meetings, for the API and the page's forms alike.</summary>
public sealed class MobilizationService(CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    /// <summary>县委发动大会: the county office records it on the county committee.</summary>
    public async Task<Result<MeetingRecorded>> RecordCountyAsync(MobilizationFeature.MeetingInput input, CancellationToken ct)
    {
        if (!access.IsOffice) return Refuse.Forbidden("只有县创先争优活动领导小组办公室可以记录县委发动大会。");
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", "请填写县委发动大会日期。");
        if (await tree.RootAsync(ct) is not { } root) return Refuse.Field("organizationId", "本县尚无党组织，请先建立县委。");
        return await SaveAsync(root.Id, heldOn, input, ct);
    }

    /// <summary>A party committee's own meeting: after the county's; on time when within the 7 days.</summary>
    public async Task<Result<MeetingRecorded>> RecordCommitteeAsync(long organizationId, MobilizationFeature.MeetingInput input, CancellationToken ct)
    {
        if (await tree.FindAsync(organizationId, ct) is null) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!(await tree.CommitteesAsync(ct)).Any(c => c.Id == organizationId)) return Refuse.Field("organizationId", "只有党委召开发动大会。");
        if (!await access.ManagesAsync(organizationId, ct)) return Refuse.Forbidden();
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", "请填写发动大会日期。");
        var root = await tree.RootAsync(ct);
        var county = await db.MobilizationMeetings.SingleOrDefaultAsync(m => m.OrganizationId == root!.Id, ct);
        if (county is null) return Refuse.Field("heldOn", "县委发动大会尚未记录，各党委的发动大会在其后召开。");
        if (heldOn < county.HeldOn) return Refuse.Field("heldOn", $"党委发动大会应在县委发动大会（{county.HeldOn:yyyy-MM-dd}）之后召开。");
        return await SaveAsync(organizationId, heldOn, input, ct);
    }

    private async Task<Result<MeetingRecorded>> SaveAsync(long organizationId, DateOnly heldOn, MobilizationFeature.MeetingInput input, CancellationToken ct)
    {
        if (input.Attendees is < 0) return Refuse.Field("attendees", "参会人数不能为负数。");
        if (heldOn > campaign.Today) return Refuse.Field("heldOn", "不能记录尚未召开的会议。");
        var row = await db.MobilizationMeetings.AsTracking().SingleOrDefaultAsync(m => m.OrganizationId == organizationId, ct);
        if (row is null)
        {
            if (input.Version is not null) return Refuse.Conflict();
            db.MobilizationMeetings.Add(row = new MobilizationMeeting { OrganizationId = organizationId, Version = 1 });
        }
        else
        {
            if (input.Version != row.Version) return Refuse.Conflict();
            row.Version++;
        }
        row.HeldOn = heldOn;
        row.Attendees = input.Attendees;
        row.Note = CountyApi.Required(input.Note);
        row.RecordedBy = access.User.DisplayName;
        row.RecordedAt = campaign.Now;
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(new MeetingRecorded(row.OrganizationId, row.HeldOn, row.Version)) : Refuse.Conflict();
    }
}
