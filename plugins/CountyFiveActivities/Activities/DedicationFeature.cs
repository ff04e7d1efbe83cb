using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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

    public static void Register(IPluginBuilder plugin) { }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/dedication/records", async (RecordInput input, CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (input.OrganizationId is not { } orgId || await tree.FindAsync(orgId, ct) is null) return CountyApi.Refused("organizationId", "请选择党组织。");
            if (!await access.ManagesAsync(orgId, ct)) return CountyApi.Forbidden();
            if (input.Kind is not { } kind) return CountyApi.Refused("kind", "请选择活动类型：业务练兵、劳动竞赛或科技创新。");
            if (CountyApi.Required(input.Title) is not { } title) return CountyApi.Refused("title", "请填写活动名称。");
            if (input.HeldOn is not { } heldOn) return CountyApi.Refused("heldOn", "请填写活动日期。");
            if (heldOn > campaign.Today) return CountyApi.Refused("heldOn", "不能记录尚未举行的活动。");
            if (input.Participants is not ({ } participants and >= 0)) return CountyApi.Refused("participants", "请填写参加人数（不小于0）。");
            var row = new DedicationRecord { OrganizationId = orgId, Kind = kind, Title = title, HeldOn = heldOn, Participants = participants, Note = CountyApi.Required(input.Note) };
            db.DedicationRecords.Add(row);
            return await CountyApi.SaveAsync(db, ct) ?? Results.Created($"dedication/records/{row.Id}", row);
        });

        api.MapPost("/dedication/posts", async (PostInput input, CountyDbContext db, IPledges pledges, IRoster roster, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (input.PersonId is not { } personId || await roster.FindAsync(personId, ct) is not { } person) return CountyApi.Refused("personId", "请选择党员。");
            // 设岗 is the organization's act: managers only, not the member.
            if (!await access.ManagesAsync(person.OrganizationId, ct)) return CountyApi.Forbidden("岗位由党组织设定。");
            if (CountyApi.Required(input.Post) is not { } post) return CountyApi.Refused("post", "请填写岗位名称。");
            if (CountyApi.Required(input.Duty) is not { } duty) return CountyApi.Refused("duty", "请填写岗位职责。");
            var row = new MemberPost { PersonId = personId, OrganizationId = person.OrganizationId, Post = post, Duty = duty };
            if (CountyApi.Required(input.Pledge) is { } pledgeText)
            {
                var rules = await campaign.RulesAsync(ct);
                var pledge = await pledges.SaveAsync(new(PostPledgeKind, PledgeKind.Post, personId, Stage1.PlanFilingFeature.PeriodKey(rules), pledgeText, Published: true), ct);
                if (!pledge.Succeeded) return CountyApi.From(pledge);
                row.PledgeId = pledge.Value!.Id;
            }
            db.MemberPosts.Add(row);
            return await CountyApi.SaveAsync(db, ct) ?? Results.Created($"dedication/posts/{row.Id}", row);
        });

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
