using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Data;

namespace Modular.BuildingBlocks;

/// <summary><see cref="IPledges"/> over <c>blocks.pledges</c>.</summary>
internal sealed class PledgeService(BlocksDbContext db, BlocksActor actor, IRoster roster, IOrganizationDirectory organizations) : IPledges
{
    public async Task<Result<PledgeInfo>> SaveAsync(PledgeInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Text)) return Refuse.Field("text", Text.Of("承诺内容不能为空。", "The pledge cannot be empty."));
        if (Limits.TooLong(input.Text.Trim(), Limits.Note) is { } longText) return Result<PledgeInfo>.Refused("text", longText);
        if (string.IsNullOrWhiteSpace(input.PeriodKey)) return Refuse.Field("periodKey", Text.Of("请填写期间。", "The period is required."));
        if (Limits.TooLong(input.PeriodKey, Limits.Line) is { } longPeriod) return Result<PledgeInfo>.Refused("periodKey", longPeriod);
        // The owner is a person of this roster (member and post pledges) or an organization of this tree (public pledges).
        var noOwner = input.PledgeKind == PledgeKind.Organization
            ? await organizations.OrganizationProblemAsync(input.OwnerId, ct)
            : await roster.PersonProblemAsync(input.OwnerId, ct);
        if (noOwner is not null) return Result<PledgeInfo>.Refused("ownerId", noOwner);
        var row = await db.Pledges.AsTracking().SingleOrDefaultAsync(p => p.PluginId == input.Kind.PluginId && p.Kind == input.Kind.Kind
            && p.PledgeKind == input.PledgeKind && p.OwnerId == input.OwnerId && p.PeriodKey == input.PeriodKey, ct);
        if (row is { Outcome: not null })
            return Refuse.Field("text", Text.Of("承诺已评定兑现情况，不能再修改。", "The pledge has been reviewed and can no longer be changed."));
        if (row is not null && input.Version is { } read && read != row.Version) return Refuse.Conflict();
        var problems = input.Problems.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToList();
        if (problems.Count > 20) return Refuse.Field("problems", Text.Of("问题最多 20 条。", "At most 20 problems."));
        if (problems.Select(p => Limits.TooLong(p, Limits.Line)).FirstOrDefault(m => m is not null) is { } longProblem)
            return Result<PledgeInfo>.Refused("problems", longProblem);
        if (row is null)
        {
            row = new Pledge { PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, PledgeKind = input.PledgeKind, OwnerId = input.OwnerId, PeriodKey = input.PeriodKey, Text = input.Text,
                SubmittedAt = actor.Now };
            db.Pledges.Add(row);
        }
        row.Text = input.Text.Trim();
        row.Problems = problems;
        row.UpdatedAt = actor.Now;
        row.Version++;
        SetPublished(row, input.Published);
        // A stale version, or the same owner's first pledge of the period saved by another request at the same moment: 409.
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result<PledgeInfo>.Ok(row.ToInfo());
    }

    public async Task<Result<PledgeInfo>> PublishAsync(long pledgeId, bool published, CancellationToken ct = default)
    {
        var row = await db.Pledges.AsTracking().SingleOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (row is null) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        SetPublished(row, published);
        await db.SaveChangesAsync(ct);
        return Result<PledgeInfo>.Ok(row.ToInfo());
    }

    private void SetPublished(Pledge row, bool published)
    {
        if (published && !row.Published) row.PublishedAt = actor.Now;
        if (!published) row.PublishedAt = null;
        row.Published = published;
    }

    public async Task<Result<PledgeInfo>> ReviewAsync(long pledgeId, PledgeReviewInput review, CancellationToken ct = default)
    {
        var row = await db.Pledges.AsTracking().SingleOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (row is null) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (review.Outcome != PledgeFulfilment.Fulfilled && string.IsNullOrWhiteSpace(review.Comment))
            return Refuse.Field("comment", Text.Of("未完全兑现时请填写意见。", "Say what was not kept."));
        if (review.Score is < 0 or > 100) return Refuse.Field("score", Text.Of("分数应在 0 到 100 之间。", "The score must be between 0 and 100."));
        if (Limits.TooLong(review.Comment, Limits.Note) is { } longComment) return Result<PledgeInfo>.Refused("comment", longComment);
        row.Outcome = review.Outcome;
        row.ReviewComment = review.Comment;
        row.Score = review.Score;
        row.ReviewedOn = review.ReviewedOn;
        row.ReviewedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return Result<PledgeInfo>.Ok(row.ToInfo());
    }

    public async Task<PledgeInfo?> FindAsync(long pledgeId, CancellationToken ct = default) =>
        (await db.Pledges.SingleOrDefaultAsync(p => p.Id == pledgeId, ct))?.ToInfo();

    public async Task<IReadOnlyList<PledgeInfo>> ListAsync(BlockKind kind, string? periodKey = null, long? ownerId = null, bool publishedOnly = false, CancellationToken ct = default)
    {
        var query = db.Pledges.Where(p => p.PluginId == kind.PluginId && p.Kind == kind.Kind);
        if (periodKey is not null) query = query.Where(p => p.PeriodKey == periodKey);
        if (ownerId is { } owner) query = query.Where(p => p.OwnerId == owner);
        if (publishedOnly) query = query.Where(p => p.Published);
        return [.. (await query.OrderBy(p => p.OwnerId).ThenBy(p => p.Id).ToListAsync(ct)).Select(p => p.ToInfo())];
    }

    public async Task<IReadOnlyList<PledgeHandIn>> HandInsAsync(BlockKind kind, string? periodKey = null, CancellationToken ct = default)
    {
        var query = db.Pledges.Where(p => p.PluginId == kind.PluginId && p.Kind == kind.Kind);
        if (periodKey is not null) query = query.Where(p => p.PeriodKey == periodKey);
        return await query.OrderBy(p => p.OwnerId).ThenBy(p => p.Id).Select(p => new PledgeHandIn(p.OwnerId, p.PledgeKind, p.SubmittedAt)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PledgeInfo>> ListAllAsync(string? pluginId = null, CancellationToken ct = default) =>
        [.. (await db.Pledges.Where(p => pluginId == null || p.PluginId == pluginId)
            .OrderByDescending(p => p.PeriodKey).ThenBy(p => p.OwnerId).ThenBy(p => p.Id).Take(2000).ToListAsync(ct)).Select(p => p.ToInfo())];
}
