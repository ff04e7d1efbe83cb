using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk;

namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>
/// 五项活动之五 “组织创新”: an organization declares itself a candidate 基层党建示范单位 with the
/// standards it meets; the level above recognizes it only when all five are met.
/// </summary>
public static class InnovationFeature
{
    public sealed record CandidateInput(bool VenueStandard, bool ArchivesStandard, bool ActivitiesStandard, bool ServiceOutstanding, bool DevelopmentOutstanding, string? Note, int? Version);
    public sealed record RecognizeInput(int? Version);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<InnovationService>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/innovation/{organizationId:long}", async (long organizationId, CandidateInput input, InnovationService service, CancellationToken ct) =>
            (await service.DeclareAsync(organizationId, input, ct)).ToHttpResult());

        api.MapPost("/innovation/{organizationId:long}/recognize", async (long organizationId, RecognizeInput input, InnovationService service, CancellationToken ct) =>
            (await service.RecognizeAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/innovation", async (CountyDbContext db, CountyAccess access, CancellationToken ct) =>
        {
            var visible = await access.VisibleOrganizationsAsync(ct);
            return Results.Ok((await db.DemonstrationUnits.ToListAsync(ct)).Where(u => visible.Contains(u.OrganizationId) || u.Recognized));
        });
    }
}

/// <summary>组织创新's acts: an organization declares the standards it meets; the level above recognizes it when all five are met. For the API and the demo.</summary>
public sealed class InnovationService(CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    public async Task<Result<DemonstrationUnit>> DeclareAsync(long organizationId, InnovationFeature.CandidateInput input, CancellationToken ct)
    {
        if (await tree.FindAsync(organizationId, ct) is not { } org || !CountyTree.IsPartyOrganization(org)) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!await access.ManagesAsync(organizationId, ct)) return Refuse.Forbidden();
        var row = await db.DemonstrationUnits.AsTracking().SingleOrDefaultAsync(u => u.OrganizationId == organizationId, ct);
        if (row is null)
        {
            if (input.Version is not null) return Refuse.Conflict();
            db.DemonstrationUnits.Add(row = new DemonstrationUnit { OrganizationId = organizationId, Version = 1 });
        }
        else
        {
            if (input.Version != row.Version) return Refuse.Conflict();
            if (row.Recognized) return Refuse.Field("recognized", "已命名为示范单位，不能再修改申报。");
            row.Version++;
        }
        (row.VenueStandard, row.ArchivesStandard, row.ActivitiesStandard, row.ServiceOutstanding, row.DevelopmentOutstanding) =
            (input.VenueStandard, input.ArchivesStandard, input.ActivitiesStandard, input.ServiceOutstanding, input.DevelopmentOutstanding);
        row.Note = CountyApi.Required(input.Note);
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(row) : Refuse.Conflict();
    }

    public async Task<Result<DemonstrationUnit>> RecognizeAsync(long organizationId, InnovationFeature.RecognizeInput input, CancellationToken ct)
    {
        var row = await db.DemonstrationUnits.AsTracking().SingleOrDefaultAsync(u => u.OrganizationId == organizationId, ct);
        if (row is null) return Refuse.NotFound("未找到该" + "示范单位申报" + "。");
        if (!await access.IsLevelAboveAsync(organizationId, ct)) return Refuse.Forbidden("示范单位由上一级党组织命名。");
        if (input.Version is { } v && v != row.Version) return Refuse.Conflict();
        if (!row.MeetsAllStandards) return Refuse.Field("standards", "尚未达到全部五项标准（活动场所、制度档案、活动管理、服务群众、推动发展），不能命名。");
        row.Recognized = true;
        row.RecognizedOn = campaign.Today;
        row.RecognizedBy = access.User.DisplayName;
        row.Version++;
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(row) : Refuse.Conflict();
    }
}
