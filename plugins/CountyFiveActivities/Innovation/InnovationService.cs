using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Innovation;

/// <summary>A candidate's declaration: which of the five standards it meets; <paramref name="Version"/> the version read, when changing it.</summary>
public sealed record CandidateInput(bool VenueStandard, bool ArchivesStandard, bool ActivitiesStandard, bool ServiceOutstanding, bool DevelopmentOutstanding, string? Note, int? Version);

/// <summary>The level above's recognition, at the version read.</summary>
public sealed record RecognizeInput(int? Version);

/// <summary>组织创新's acts: an organization declares the standards it meets; the level above recognizes it when all five are met. For the API and the demo.</summary>
public sealed class InnovationService(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<DemonstrationUnit>> DeclareAsync(long organizationId, CandidateInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        var row = await db.DemonstrationUnits.AsTracking().SingleOrDefaultAsync(u => u.OrganizationId == organizationId, ct);
        if (row?.Recognized == true) return Refuse.Field("recognized", Text.Of("已命名为示范单位，不能再修改申报。", "It is recognized already; the declaration can no longer change."));
        row = db.DemonstrationUnits.Edit(row, input.Version, () => new DemonstrationUnit { OrganizationId = organizationId });
        if (row is null) return Refuse.Conflict();
        (row.VenueStandard, row.ArchivesStandard, row.ActivitiesStandard, row.ServiceOutstanding, row.DevelopmentOutstanding) =
            (input.VenueStandard, input.ArchivesStandard, input.ActivitiesStandard, input.ServiceOutstanding, input.DevelopmentOutstanding);
        row.Note = Entered.Text(input.Note);
        return await db.TrySaveAsync(ct) ? Result.Ok(row) : Refuse.Conflict();
    }

    public async Task<Result<DemonstrationUnit>> RecognizeAsync(long organizationId, RecognizeInput input, CancellationToken ct)
    {
        var row = await db.DemonstrationUnits.AsTracking().SingleOrDefaultAsync(u => u.OrganizationId == organizationId, ct);
        if (row is null) return Refuse.NotFound(Text.Of("未找到该示范单位申报。", "No such declaration."));
        if (!await user.IsLevelAboveAsync(await directory.TreeAsync(ct), organizationId, ct))
            return Refuse.Forbidden(Text.Of("示范单位由上一级党组织命名。", "The organization one level up recognizes demonstration units."));
        if (input.Version is { } v && v != row.Version) return Refuse.Conflict();
        if (!row.MeetsAllStandards)
            return Refuse.Field("standards", Text.Of("尚未达到全部五项标准（活动场所、制度档案、活动管理、服务群众、推动发展），不能命名。",
                "Not all five standards are met (venue, archives, activities, service, development); it cannot be recognized."));
        row.Recognized = true;
        row.RecognizedOn = campaign.Today;
        row.RecognizedBy = user.DisplayName;
        row.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(row) : Refuse.Conflict();
    }

    /// <summary>The declarations of the organizations the caller sees, and every recognized unit (recognition is public).</summary>
    public async Task<IReadOnlyList<DemonstrationUnit>> VisibleAsync(CancellationToken ct)
    {
        var visible = await user.VisibleOrganizationsAsync(directory, ct);
        return [.. (await db.DemonstrationUnits.ToListAsync(ct)).Where(u => visible.Contains(u.OrganizationId) || u.Recognized)];
    }
}
