using Modular.Sdk;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>岗位奉献's acts: an organization's drills, contests and innovations; a member's post with its duty and pledge. For the API and the demo.</summary>
public sealed class DedicationService(CountyDbContext db, IPledges pledges, IRoster roster, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    public async Task<Result<DedicationRecord>> RecordAsync(DedicationFeature.RecordInput input, CancellationToken ct)
    {
        if (input.OrganizationId is not { } orgId || await tree.FindAsync(orgId, ct) is null) return Refuse.Field("organizationId", "请选择党组织。");
        if (!await access.ManagesAsync(orgId, ct)) return Refuse.Forbidden();
        if (input.Kind is not { } kind) return Refuse.Field("kind", "请选择活动类型：业务练兵、劳动竞赛或科技创新。");
        if (CountyApi.Required(input.Title) is not { } title) return Refuse.Field("title", "请填写活动名称。");
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", "请填写活动日期。");
        if (heldOn > campaign.Today) return Refuse.Field("heldOn", "不能记录尚未举行的活动。");
        if (input.Participants is not ({ } participants and >= 0)) return Refuse.Field("participants", "请填写参加人数（不小于0）。");
        var row = new DedicationRecord { OrganizationId = orgId, Kind = kind, Title = title, HeldOn = heldOn, Participants = participants, Note = CountyApi.Required(input.Note) };
        db.DedicationRecords.Add(row);
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Created($"dedication/records/{row.Id}", row) : Refuse.Conflict();
    }

    /// <summary>设岗定责 is the organization's act (managers only, not the member); the member's 依岗承诺 is published with it.</summary>
    public async Task<Result<MemberPost>> SetPostAsync(DedicationFeature.PostInput input, CancellationToken ct)
    {
        if (input.PersonId is not { } personId || await roster.FindAsync(personId, ct) is not { } person) return Refuse.Field("personId", "请选择党员。");
        if (!await access.ManagesAsync(person.OrganizationId, ct)) return Refuse.Forbidden("岗位由党组织设定。");
        if (CountyApi.Required(input.Post) is not { } post) return Refuse.Field("post", "请填写岗位名称。");
        if (CountyApi.Required(input.Duty) is not { } duty) return Refuse.Field("duty", "请填写岗位职责。");
        var row = new MemberPost { PersonId = personId, OrganizationId = person.OrganizationId, Post = post, Duty = duty };
        if (CountyApi.Required(input.Pledge) is { } pledgeText)
        {
            var rules = await campaign.RulesAsync(ct);
            var pledge = await pledges.SaveAsync(new(DedicationFeature.PostPledgeKind, PledgeKind.Post, personId, Stage1.PlanFilingFeature.PeriodKey(rules), pledgeText, Published: true), ct);
            if (!pledge.Succeeded) return Refuse.As(pledge);
            row.PledgeId = pledge.Value!.Id;
        }
        db.MemberPosts.Add(row);
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Created($"dedication/posts/{row.Id}", row) : Refuse.Conflict();
    }
}
