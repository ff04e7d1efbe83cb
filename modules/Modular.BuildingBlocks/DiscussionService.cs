using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Texts;

namespace Modular.BuildingBlocks;

/// <summary><see cref="IDiscussions"/> over <c>blocks.discussions</c> and <c>blocks.discussion_contributions</c>.</summary>
internal sealed class DiscussionService(BlocksDbContext db, BlocksActor actor, IRoster roster, IOrganizationDirectory organizations) : IDiscussions
{
    private static string NoSuch => Text.Of("没有这次讨论。", "No such discussion.");

    public async Task<Result<DiscussionInfo>> HoldAsync(DiscussionInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Topic)) return Refuse.Field("topic", Text.Of("请填写讨论主题。", "Give the topic."));
        if (Limits.TooLong(input.Topic.Trim(), Limits.Line) is { } longTopic) return Refuse.Field("topic", longTopic);
        if (Limits.TooLong(input.PeriodKey, Limits.Line) is { } longPeriod) return Refuse.Field("periodKey", longPeriod);
        if (Limits.DateProblem(input.HeldOn) is { } badDay) return Refuse.Field("heldOn", badDay);
        if (await organizations.OrganizationProblemAsync(input.OrganizationId, ct) is { } noOrganization) return Refuse.Field("organizationId", noOrganization);
        var row = new Discussion
        {
            PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, OrganizationId = input.OrganizationId, Topic = input.Topic.Trim(), HeldOn = input.HeldOn,
            PeriodKey = string.IsNullOrWhiteSpace(input.PeriodKey) ? null : input.PeriodKey.Trim(),
        };
        db.Discussions.Add(row);
        await db.SaveChangesAsync(ct);
        return Result.Ok(row.ToInfo(0));
    }

    public async Task<Result<ContributionInfo>> ContributeAsync(long discussionId, long personId, string text, CancellationToken ct = default)
    {
        if (await db.Discussions.SingleOrDefaultAsync(d => d.Id == discussionId, ct) is not { } discussion) return Refuse.NotFound(NoSuch);
        if (discussion.Closed) return Refuse.Field("discussionId", Text.Of("讨论已结束，发言不能再修改。", "The discussion is closed; contributions are final."));
        if (string.IsNullOrWhiteSpace(text)) return Refuse.Field("text", Text.Of("请写下发言内容。", "Write the contribution."));
        if (Limits.TooLong(text.Trim(), Limits.Body) is { } tooLong) return Refuse.Field("text", tooLong);
        if (await roster.PersonProblemAsync(personId, ct) is { } noPerson) return Refuse.Field("personId", noPerson);
        var row = await db.DiscussionContributions.AsTracking().SingleOrDefaultAsync(c => c.DiscussionId == discussionId && c.PersonId == personId, ct);
        if (row is null) db.DiscussionContributions.Add(row = new DiscussionContribution { DiscussionId = discussionId, PersonId = personId, Text = "" });
        row.Text = text.Trim();
        row.CharacterCount = CharacterCount.Of(row.Text);
        row.SubmittedAt = actor.Now;
        await db.SaveChangesAsync(ct); // two first contributions of one member at once: the key refuses the second (409)
        return Result.Ok(row.ToInfo());
    }

    public async Task<Result<DiscussionInfo>> CloseAsync(long discussionId, CancellationToken ct = default)
    {
        if (await db.Discussions.AsTracking().SingleOrDefaultAsync(d => d.Id == discussionId, ct) is not { } row) return Refuse.NotFound(NoSuch);
        row.Closed = true;
        await db.SaveChangesAsync(ct);
        return Result.Ok(row.ToInfo(await db.DiscussionContributions.CountAsync(c => c.DiscussionId == discussionId, ct)));
    }

    public async Task<IReadOnlyList<DiscussionInfo>> ListAsync(BlockKind kind, long? organizationId = null, CancellationToken ct = default)
    {
        var rows = db.Discussions.Where(d => d.PluginId == kind.PluginId && d.Kind == kind.Kind);
        if (organizationId is { } org) rows = rows.Where(d => d.OrganizationId == org);
        var list = await rows.OrderBy(d => d.HeldOn).ThenBy(d => d.Id)
            .Select(d => new { Row = d, Count = db.DiscussionContributions.Count(c => c.DiscussionId == d.Id) }).ToListAsync(ct);
        return [.. list.Select(x => x.Row.ToInfo(x.Count))];
    }

    public async Task<IReadOnlyList<ContributionInfo>> ContributionsAsync(long discussionId, CancellationToken ct = default) =>
        [.. (await db.DiscussionContributions.Where(c => c.DiscussionId == discussionId).OrderBy(c => c.SubmittedAt).ThenBy(c => c.PersonId).ToListAsync(ct))
            .Select(c => c.ToInfo())];

    public async Task<IReadOnlyList<ContributorTally>> ContributorsAsync(BlockKind kind, CancellationToken ct = default) =>
        await db.DiscussionContributions
            .Where(c => db.Discussions.Any(d => d.Id == c.DiscussionId && d.PluginId == kind.PluginId && d.Kind == kind.Kind))
            .GroupBy(c => c.PersonId).OrderBy(g => g.Key)
            .Select(g => new ContributorTally(g.Key, g.Count(), g.Min(c => c.SubmittedAt))).ToListAsync(ct);
}
