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

namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>
/// 五项活动之二 “岗位奉献”: organizations hold 业务练兵、劳动竞赛、科技创新; members get a post with a
/// duty (设岗定责) and pledge by it (依岗承诺, a post pledge in the pledges block).
/// </summary>
public static class DedicationFeature
{
    public static readonly BlockKind PostPledgeKind = new(CountyStartup.PluginId, "post-pledge");

    public sealed record RecordInput(long? OrganizationId, DedicationKind? Kind, string? Title, DateOnly? HeldOn, int? Participants, string? Note);
    public sealed record PostInput(long? PersonId, string? Post, string? Duty, string? Pledge);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<DedicationService>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/dedication/records", async (RecordInput input, DedicationService service, CancellationToken ct) =>
            (await service.RecordAsync(input, ct)).ToHttpResult());

        api.MapPost("/dedication/posts", async (PostInput input, DedicationService service, CancellationToken ct) =>
            (await service.SetPostAsync(input, ct)).ToHttpResult());

        api.MapGet("/dedication", async (CountyDbContext db, CountyAccess access, CancellationToken ct) =>
        {
            var visible = await access.VisibleOrganizationsAsync(ct);
            var records = (await db.DedicationRecords.OrderBy(r => r.HeldOn).ToListAsync(ct)).Where(r => visible.Contains(r.OrganizationId));
            var posts = (await db.MemberPosts.OrderBy(p => p.Id).ToListAsync(ct)).Where(p => visible.Contains(p.OrganizationId));
            return Results.Ok(new { records, posts });
        });
    }

    public static string KindName(DedicationKind kind) => kind switch
    {
        DedicationKind.SkillsDrill => "业务练兵",
        DedicationKind.LabourContest => "劳动竞赛",
        _ => "科技创新",
    };
}
