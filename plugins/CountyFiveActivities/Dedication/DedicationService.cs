using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Dedication;

/// <summary>A drill, contest or innovation an organization held.</summary>
public sealed record RecordInput(long? OrganizationId, DedicationKind? Kind, string? Title, DateOnly? HeldOn, int? Participants, string? Note);

/// <summary>A member's post with its duty (设岗定责) and, when given, the member's pledge by it (依岗承诺).</summary>
public sealed record PostInput(long? PersonId, string? Post, string? Duty, string? Pledge);

/// <summary>The drills, contests and innovations and the members' posts of the organizations the caller sees.</summary>
public sealed record DedicationListing(IReadOnlyList<DedicationRecord> Records, IReadOnlyList<MemberPost> Posts);

/// <summary>岗位奉献's acts: an organization's drills, contests and innovations; a member's post with its duty and pledge. For the API, the page and the demo.</summary>
public sealed class DedicationService(CountyDbContext db, IPledges pledges, IRoster roster, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<DedicationRecord>> RecordAsync(RecordInput input, CancellationToken ct)
    {
        if (input.OrganizationId is not { } orgId || (await directory.TreeAsync(ct)).Find(orgId) is null)
            return Refuse.Field("organizationId", Text.Of("请选择党组织。", "Choose the organization."));
        if (!await user.ManagesOrganizationAsync(orgId, ct)) return Refuse.Forbidden();
        if (input.Kind is not { } kind) return Refuse.Field("kind", Text.Of("请选择活动类型：业务练兵、劳动竞赛或科技创新。", "Choose the kind: skills drill, labour contest or innovation."));
        if (Entered.Text(input.Title) is not { } title) return Refuse.Field("title", Text.Of("请填写活动名称。", "Give the activity's name."));
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", Text.Of("请填写活动日期。", "Give the day it was held."));
        if (heldOn > campaign.Today) return Refuse.Field("heldOn", Text.Of("不能记录尚未举行的活动。", "An activity not held yet cannot be recorded."));
        if (input.Participants is not ({ } participants and >= 0))
            return Refuse.Field("participants", Text.Of("请填写参加人数（不小于0）。", "Give the number of participants (0 or more)."));
        var row = new DedicationRecord { OrganizationId = orgId, Kind = kind, Title = title, HeldOn = heldOn, Participants = participants, Note = Entered.Text(input.Note) };
        db.DedicationRecords.Add(row);
        return await db.TrySaveAsync(ct) ? Result.Created($"dedication/records/{row.Id}", row) : Refuse.Conflict();
    }

    /// <summary>设岗定责 is the organization's act (managers only, not the member); the member's 依岗承诺 is published with it.</summary>
    public async Task<Result<MemberPost>> SetPostAsync(PostInput input, CancellationToken ct)
    {
        if (input.PersonId is not { } personId || await roster.FindAsync(personId, ct) is not { } person)
            return Refuse.Field("personId", Text.Of("请选择党员。", "Choose the member."));
        if (!await user.ManagesOrganizationAsync(person.OrganizationId, ct)) return Refuse.Forbidden(Text.Of("岗位由党组织设定。", "The member's organization sets their post."));
        if (Entered.Text(input.Post) is not { } post) return Refuse.Field("post", Text.Of("请填写岗位名称。", "Give the post's name."));
        if (Entered.Text(input.Duty) is not { } duty) return Refuse.Field("duty", Text.Of("请填写岗位职责。", "Give the post's duty."));
        var row = new MemberPost { PersonId = personId, OrganizationId = person.OrganizationId, Post = post, Duty = duty };
        if (Entered.Text(input.Pledge) is { } pledgeText)
        {
            var rules = await campaign.RulesAsync(ct);
            var pledge = await pledges.SaveAsync(new(DedicationFeature.PostPledgeKind, PledgeKind.Post, personId, rules.PledgePeriod, pledgeText, Published: true), ct);
            if (!pledge.Succeeded) return Refuse.As(pledge);
            row.PledgeId = pledge.Value!.Id;
        }
        db.MemberPosts.Add(row);
        return await db.TrySaveAsync(ct) ? Result.Created($"dedication/posts/{row.Id}", row) : Refuse.Conflict();
    }

    /// <summary>The records and posts of the organizations the caller sees, oldest first.</summary>
    public async Task<DedicationListing> VisibleAsync(CancellationToken ct)
    {
        var visible = await user.VisibleOrganizationsAsync(directory, ct);
        var records = (await db.DedicationRecords.OrderBy(r => r.HeldOn).ToListAsync(ct)).Where(r => visible.Contains(r.OrganizationId)).ToList();
        var posts = (await db.MemberPosts.OrderBy(p => p.Id).ToListAsync(ct)).Where(p => visible.Contains(p.OrganizationId)).ToList();
        return new(records, posts);
    }
}
