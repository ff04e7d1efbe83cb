using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>A meeting as recorded: whose, when, at which version.</summary>
public sealed record MeetingRecorded(long OrganizationId, DateOnly HeldOn, int Version);

/// <summary>Recording the mobilization meetings, for the API and the page's forms alike.</summary>
public sealed class MobilizationService(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    /// <summary>The county's meeting is the county office's to record.</summary>
    public bool MayRecordCounty => user.IsJurisdictionAdmin;

    /// <summary>县委发动大会: the county office records it on the county committee.</summary>
    public async Task<Result<MeetingRecorded>> RecordCountyAsync(MobilizationFeature.MeetingInput input, CancellationToken ct)
    {
        if (!MayRecordCounty)
            return Refuse.Forbidden(Text.Of("只有县创先争优活动领导小组办公室可以记录县委发动大会。", "Only the county office records the county's mobilization meeting."));
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", Text.Of("请填写县委发动大会日期。", "Give the day of the county's meeting."));
        if ((await directory.TreeAsync(ct)).Root is not { } root)
            return Refuse.Field("organizationId", Text.Of("本县尚无党组织，请先建立县委。", "The county has no organizations yet; create the county committee first."));
        return await SaveAsync(root.Id, heldOn, input, ct);
    }

    /// <summary>A party committee's own meeting: after the county's; on time when within the 7 days.</summary>
    public async Task<Result<MeetingRecorded>> RecordCommitteeAsync(long organizationId, MobilizationFeature.MeetingInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is null) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (tree.CommitteesBelowRoot.All(c => c.Id != organizationId))
            return Refuse.Field("organizationId", Text.Of("只有党委召开发动大会。", "Only party committees hold a mobilization meeting."));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", Text.Of("请填写发动大会日期。", "Give the day of the meeting."));
        var county = await db.MobilizationMeetings.SingleOrDefaultAsync(m => m.OrganizationId == tree.Root!.Id, ct);
        if (county is null)
            return Refuse.Field("heldOn", Text.Of("县委发动大会尚未记录，各党委的发动大会在其后召开。", "The county's meeting is not recorded yet; the committees meet after it."));
        if (heldOn < county.HeldOn)
            return Refuse.Field("heldOn", Text.Of($"党委发动大会应在县委发动大会（{county.HeldOn:yyyy-MM-dd}）之后召开。", $"A committee meets after the county's meeting ({county.HeldOn:yyyy-MM-dd})."));
        return await SaveAsync(organizationId, heldOn, input, ct);
    }

    /// <summary>The committees (of these) whose meeting the user records: those they manage.</summary>
    public async Task<HashSet<long>> RecordableAsync(IEnumerable<long> committeeIds, CancellationToken ct)
    {
        var recordable = new HashSet<long>();
        foreach (var id in committeeIds)
            if (await user.ManagesOrganizationAsync(id, ct)) recordable.Add(id);
        return recordable;
    }

    private async Task<Result<MeetingRecorded>> SaveAsync(long organizationId, DateOnly heldOn, MobilizationFeature.MeetingInput input, CancellationToken ct)
    {
        if (input.Attendees is < 0) return Refuse.Field("attendees", Text.Of("参会人数不能为负数。", "Attendees cannot be negative."));
        if (heldOn > campaign.Today) return Refuse.Field("heldOn", Text.Of("不能记录尚未召开的会议。", "A meeting not held yet cannot be recorded."));
        var row = await db.MobilizationMeetings.AsTracking().SingleOrDefaultAsync(m => m.OrganizationId == organizationId, ct);
        row = db.MobilizationMeetings.Edit(row, input.Version, () => new MobilizationMeeting { OrganizationId = organizationId });
        if (row is null) return Refuse.Conflict();
        row.HeldOn = heldOn;
        row.Attendees = input.Attendees;
        row.Note = Entered.Text(input.Note);
        row.RecordedBy = user.DisplayName;
        row.RecordedAt = campaign.Now;
        return await db.TrySaveAsync(ct) ? Result.Ok(new MeetingRecorded(row.OrganizationId, row.HeldOn, row.Version)) : Refuse.Conflict();
    }
}
