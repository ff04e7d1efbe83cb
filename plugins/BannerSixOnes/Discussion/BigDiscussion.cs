using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Discussion;

public sealed record TopicInput(string? Topic, DateOnly? HeldOn);

/// <summary>A member's contribution; the office records one for a member with <paramref name="PersonId"/>. Again replaces it while the discussion is open.</summary>
public sealed record ContributionInput(string? Text, long? PersonId = null);

public sealed record ContributionRow(long PersonId, string Member, string Organization, string Text, int Characters, DateOnly On);

/// <summary>One organization's participation: members who have spoken of its members.</summary>
public sealed record Participation(long OrganizationId, string Organization, int Members, int Spoken)
{
    public decimal Share => Members == 0 ? 0 : (decimal)Spoken / Members;
}

public sealed record TopicRow(long Id, string Topic, DateOnly HeldOn, bool Closed, int Contributions);

public sealed record TopicView(long Id, string Topic, DateOnly HeldOn, bool Closed, int Contributions, IReadOnlyList<ContributionRow> Visible,
    IReadOnlyList<Participation> Participation, ContributionRow? Mine);

/// <summary>
/// 三、1 开展“加强党性锻炼、提高综合素质、推动科学发展”大讨论活动: the banner office opens a topic (the SDK's discussions,
/// kind <c>discussion</c>, held by the banner's root organization) and closes it; every member posts their contribution; the
/// office (and each officer for the organizations they see) reads the contributions and the participation per organization.
/// </summary>
public sealed class BigDiscussion(IDiscussions discussions, IOrganizationDirectory organizations, IRoster roster, ICurrentUser user, SixOnesCampaign campaign)
{
    public static readonly BlockKind Kind = new("banner-six-ones", "discussion");

    public const string DocumentTopic = "加强党性锻炼、提高综合素质、推动科学发展";

    public bool MayRun => user.IsJurisdictionAdmin;

    private static Refusal OnlyOffice => Refuse.Forbidden(Text.Of("大讨论由旗创先争优办组织。", "The banner office runs the discussion."));

    private static Refusal NoSuchTopic(long id) => Refuse.NotFound(Text.Of($"没有编号为 {id} 的大讨论。", $"There is no discussion {id}."));

    public async Task<IReadOnlyList<TopicRow>> ListAsync(CancellationToken ct) =>
        [.. (await discussions.ListAsync(Kind, null, ct)).OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.Id).Select(d => new TopicRow(d.Id, d.Topic, d.HeldOn, d.Closed, d.Contributions))];

    public async Task<Result<TopicView>> OpenAsync(TopicInput input, CancellationToken ct)
    {
        if (!MayRun) return OnlyOffice;
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", Text.Of("请填写讨论开始日期。", "Give the day it starts."));
        if ((await organizations.TreeAsync(ct)).Root is not { } root) return Refuse.Field("topic", Text.Of("本辖区还没有党组织。", "The jurisdiction has no organizations."));
        var held = await discussions.HoldAsync(new DiscussionInput(Kind, root.Id, Entered.Text(input.Topic) ?? "", heldOn), ct);
        if (!held.Succeeded) return Refuse.As(held);
        var view = (await ViewAsync(held.Value!.Id, ct)).Value!;
        return Result.Created($"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones/discussions/{view.Id}", view);
    }

    public async Task<Result<TopicView>> CloseAsync(long id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null) return NoSuchTopic(id);
        if (!MayRun) return OnlyOffice;
        var closed = await discussions.CloseAsync(id, ct);
        return closed.Succeeded ? await ViewAsync(id, ct) : Refuse.As(closed);
    }

    /// <summary>One's own contribution; the office may record one for a member (a speech at a meeting, written up).</summary>
    public async Task<Result<ContributionRow>> ContributeAsync(long id, ContributionInput input, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null) return NoSuchTopic(id);
        var me = await user.PersonIdAsync(ct);
        var person = input.PersonId ?? me;
        if (person is null) return Refuse.Field("personId", Text.Of("您的账号没有关联党员，不能发言。", "Your account is not a member's; you cannot post."));
        if (person != me && !MayRun) return Refuse.Forbidden(Text.Of("只能发表本人的发言；代为登记由旗创先争优办办理。", "Post your own contribution; the office records one for a member."));
        var saved = await discussions.ContributeAsync(id, person.Value, input.Text ?? "", ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return Result.Created($"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones/discussions/{id}", (await RowsAsync([saved.Value!], ct))[0]);
    }

    /// <summary>The topic with the contributions the caller sees (their own; those of the organizations they oversee) and participation per organization they see.</summary>
    public async Task<Result<TopicView>> ViewAsync(long id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } d) return NoSuchTopic(id);
        var contributions = await discussions.ContributionsAsync(id, ct);
        var rows = await RowsAsync(contributions, ct);
        var members = await roster.MembersAsync(new RosterQuery(), ct);
        var orgOf = members.ToDictionary(m => m.Id, m => m.OrganizationId);
        var me = await user.PersonIdAsync(ct);
        var seenRows = user.ReadsAll() ? rows : await user.SeenAsync(rows, r => orgOf.GetValueOrDefault(r.PersonId), ct);
        var tree = await organizations.TreeAsync(ct);
        var spoken = contributions.Select(c => c.PersonId).ToHashSet();
        var withMembers = members.GroupBy(m => m.OrganizationId).Select(g => (Id: g.Key, Members: g.ToList())).ToList();
        var shown = user.ReadsAll() ? withMembers : await user.SeenAsync(withMembers, g => g.Id, ct);
        var participation = shown.OrderBy(g => tree.PathOf(g.Id)).Select(g => new Participation(g.Id, tree.NameOf(g.Id), g.Members.Count, g.Members.Count(m => spoken.Contains(m.Id)))).ToList();
        return Result.Ok(new TopicView(d.Id, d.Topic, d.HeldOn, d.Closed, d.Contributions, [.. seenRows.Where(r => r.PersonId != me)], participation,
            rows.FirstOrDefault(r => r.PersonId == me)));
    }

    private async Task<DiscussionInfo?> FindAsync(long id, CancellationToken ct) =>
        (await discussions.ListAsync(Kind, null, ct)).FirstOrDefault(d => d.Id == id);

    private async Task<IReadOnlyList<ContributionRow>> RowsAsync(IReadOnlyList<ContributionInfo> contributions, CancellationToken ct)
    {
        var tree = await organizations.TreeAsync(ct);
        var rows = new List<ContributionRow>();
        foreach (var c in contributions.OrderBy(c => c.SubmittedAt))
        {
            var person = await roster.FindAsync(c.PersonId, ct);
            rows.Add(new ContributionRow(c.PersonId, person?.Name ?? $"#{c.PersonId}", person is null ? "" : tree.NameOf(person.OrganizationId), c.Text, c.CharacterCount, campaign.LocalDay(c.SubmittedAt)));
        }
        return rows;
    }
}
