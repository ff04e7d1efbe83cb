using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Blocks;
using Modular.Sdk.Texts;

namespace Modular.BuildingBlocks;

/// <summary><see cref="ICountedTexts"/> over <c>blocks.counted_texts</c> and <c>blocks.period_locks</c>.</summary>
public sealed class CountedTextService(BlocksDbContext db, BlocksActor actor) : ICountedTexts
{
    public async Task<BlockResult<CountedTextInfo>> SubmitAsync(CountedTextInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Body))
            return Refuse.With<CountedTextInfo>("body", "内容不能为空。", "The text cannot be empty.");
        if (input.MinimumCharacters is { } minimum && new MinimumLength(minimum).Check(input.Body) is { } tooShort)
            return BlockResult<CountedTextInfo>.Refused("body", tooShort);
        if (input.Hours is < 0 or > 24 * 366)
            return Refuse.With<CountedTextInfo>("hours", "学时不在有效范围内。", "Hours are out of range.");
        if (await FindLockAsync(input.Kind, input.PeriodDate, ct) is { } locked)
            return LockedRefusal<CountedTextInfo>(locked);

        var text = await db.CountedTexts.AsTracking().SingleOrDefaultAsync(t => t.PluginId == input.Kind.PluginId && t.Kind == input.Kind.Kind
            && t.AuthorPersonId == input.AuthorPersonId && t.PeriodDate == input.PeriodDate, ct);
        if (text is null)
        {
            text = new CountedText { PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, AuthorPersonId = input.AuthorPersonId, PeriodDate = input.PeriodDate, Body = input.Body, State = TextReviewState.Submitted };
            db.CountedTexts.Add(text);
        }
        else if (text.State == TextReviewState.Accepted)
            return Refuse.With<CountedTextInfo>("state", "该记录已验收，不能再修改。", "This text has been accepted and can no longer be changed.");
        else if (text.State == TextReviewState.Returned)
            text.State = TextReviewState.Resubmitted;

        text.Body = input.Body;
        text.ReviewedOneByOne = input.ReviewedOneByOne;
        text.PeriodKey = input.PeriodKey;
        text.Title = input.Title;
        text.Hours = input.Hours;
        text.CharacterCount = CharacterCount.Of(input.Body);
        text.SubmittedAt = actor.Now;
        await db.SaveChangesAsync(ct);
        return BlockResult<CountedTextInfo>.Ok(text.ToInfo());
    }

    public Task<BlockResult<CountedTextInfo>> AcceptAsync(long textId, CancellationToken ct = default) => ReviewAsync(textId, accept: true, comment: null, ct);

    public Task<BlockResult<CountedTextInfo>> ReturnAsync(long textId, string comment, CancellationToken ct = default) => ReviewAsync(textId, accept: false, comment, ct);

    private async Task<BlockResult<CountedTextInfo>> ReviewAsync(long textId, bool accept, string? comment, CancellationToken ct)
    {
        var text = await db.CountedTexts.AsTracking().SingleOrDefaultAsync(t => t.Id == textId, ct);
        if (text is null) return Refuse.NotFound<CountedTextInfo>();
        if (!accept && string.IsNullOrWhiteSpace(comment))
            return Refuse.With<CountedTextInfo>("comment", "退回时请填写意见。", "Say why the text is returned.");
        if (text.State is not (TextReviewState.Submitted or TextReviewState.Resubmitted))
            return Refuse.With<CountedTextInfo>("state",
                $"当前状态为“{StateName(text.State).zh}”，不能{(accept ? "验收" : "退回")}。",
                $"The text is {StateName(text.State).en}; it cannot be {(accept ? "accepted" : "returned")}.");
        if (await FindLockAsync(new BlockKind(text.PluginId, text.Kind), text.PeriodDate, ct) is { } locked)
            return LockedRefusal<CountedTextInfo>(locked);

        text.State = accept ? TextReviewState.Accepted : TextReviewState.Returned;
        text.ReviewComment = accept ? comment : comment!.Trim();
        text.ReviewedBy = actor.Name;
        text.ReviewedAt = actor.Now;
        await db.SaveChangesAsync(ct);
        return BlockResult<CountedTextInfo>.Ok(text.ToInfo());
    }

    public async Task<CountedTextInfo?> FindAsync(long textId, CancellationToken ct = default) =>
        (await db.CountedTexts.SingleOrDefaultAsync(t => t.Id == textId, ct))?.ToInfo();

    private IQueryable<CountedText> Query(CountedTextQuery q)
    {
        var query = db.CountedTexts.Where(t => t.PluginId == q.Kind.PluginId && t.Kind == q.Kind.Kind);
        if (q.AuthorPersonId is { } author) query = query.Where(t => t.AuthorPersonId == author);
        if (q.From is { } from) query = query.Where(t => t.PeriodDate >= from);
        if (q.To is { } to) query = query.Where(t => t.PeriodDate <= to);
        if (q.States is { Count: > 0 } states) query = query.Where(t => states.Contains(t.State));
        return query;
    }

    public async Task<IReadOnlyList<CountedTextInfo>> ListAsync(CountedTextQuery query, CancellationToken ct = default) =>
        [.. (await Query(query).OrderBy(t => t.PeriodDate).ThenBy(t => t.AuthorPersonId).ToListAsync(ct)).Select(t => t.ToInfo())];

    public async Task<IReadOnlyList<CountedTextTally>> TallyAsync(CountedTextQuery query, CancellationToken ct = default) =>
        await Query(query).GroupBy(t => t.AuthorPersonId).OrderBy(g => g.Key).Select(g => new CountedTextTally(g.Key, g.Count(),
            g.Count(t => t.State == TextReviewState.Accepted), g.Count(t => t.State == TextReviewState.Returned),
            g.Sum(t => t.CharacterCount), g.Sum(t => t.Hours ?? 0m))).ToListAsync(ct);

    public async Task<IReadOnlyList<CountedTextInfo>> AwaitingReviewAsync(string? pluginId = null, CancellationToken ct = default)
    {
        var query = db.CountedTexts.Where(t => t.ReviewedOneByOne && (t.State == TextReviewState.Submitted || t.State == TextReviewState.Resubmitted));
        if (pluginId is not null) query = query.Where(t => t.PluginId == pluginId);
        return [.. (await query.OrderBy(t => t.SubmittedAt).ThenBy(t => t.Id).ToListAsync(ct)).Select(t => t.ToInfo())];
    }

    public async Task<BlockResult<PeriodLockInfo>> LockAsync(BlockKind kind, DateOnly from, DateOnly to, string? reason = null, CancellationToken ct = default)
    {
        if (from > to) return Refuse.With<PeriodLockInfo>("to", "结束日期不能早于开始日期。", "The end date cannot be before the start date.");
        var row = new PeriodLock { PluginId = kind.PluginId, Kind = kind.Kind, FromDate = from, ToDate = to, Reason = reason, LockedBy = actor.Name, LockedAt = actor.Now };
        db.PeriodLocks.Add(row);
        await db.SaveChangesAsync(ct);
        return BlockResult<PeriodLockInfo>.Ok(row.ToInfo());
    }

    public async Task<bool> UnlockAsync(long lockId, CancellationToken ct = default)
    {
        var row = await db.PeriodLocks.AsTracking().SingleOrDefaultAsync(l => l.Id == lockId, ct);
        if (row is null) return false;
        db.PeriodLocks.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<PeriodLockInfo?> FindLockAsync(BlockKind kind, DateOnly date, CancellationToken ct = default) =>
        (await db.PeriodLocks.Where(l => l.PluginId == kind.PluginId && l.Kind == kind.Kind && l.FromDate <= date && l.ToDate >= date)
            .OrderBy(l => l.FromDate).FirstOrDefaultAsync(ct))?.ToInfo();

    private static BlockResult<T> LockedRefusal<T>(PeriodLockInfo l) => Refuse.With<T>("periodDate",
        $"{l.From:yyyy-MM-dd} 至 {l.To:yyyy-MM-dd} 已锁定（{l.Reason ?? "检查验收已结束"}），不能再录入或审核。",
        $"{l.From:yyyy-MM-dd} to {l.To:yyyy-MM-dd} is locked ({l.Reason ?? "the inspection is closed"}); texts can no longer be entered or reviewed.");

    private static (string zh, string en) StateName(TextReviewState state) => state switch
    {
        TextReviewState.Submitted => ("已提交", "submitted"),
        TextReviewState.Accepted => ("已验收", "accepted"),
        TextReviewState.Returned => ("已退回", "returned"),
        _ => ("已重新提交", "resubmitted"),
    };
}
