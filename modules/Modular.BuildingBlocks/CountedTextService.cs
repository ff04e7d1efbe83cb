using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.Audit;
using Npgsql;
using NpgsqlTypes;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Texts;

namespace Modular.BuildingBlocks;

/// <summary><see cref="ICountedTexts"/> over <c>blocks.counted_texts</c> and <c>blocks.period_locks</c>.</summary>
internal sealed class CountedTextService(BlocksDbContext db, BlocksActor actor, IRoster roster, IOrganizationDirectory organizations) : ICountedTexts
{
    // The gate between a jurisdiction's text writes and its period locks (transaction-scoped advisory lock, key
    // (LockGate, jurisdiction)): a write holds it shared from reading the locks to its commit, a new lock takes it
    // exclusively, so no text slips in after the lock that should have refused it.
    private const int LockGate = 0x10C4ED;

    public async Task<Result<CountedTextInfo>> SubmitAsync(CountedTextInput input, CancellationToken ct = default)
    {
        if (Invalid<CountedTextInfo>(input, "") is { } refused) return refused;
        if (await roster.PersonProblemAsync(input.AuthorPersonId, ct) is { } noAuthor) return Result<CountedTextInfo>.Refused("authorPersonId", noAuthor);

        await using var transaction = await BeginGatedAsync(exclusive: false, ct);
        if ((await LocksForAsync([input], null, ct))(input) is { } locked)
            return LockedRefusal<CountedTextInfo>(locked.ToInfo());
        var text = await db.CountedTexts.AsTracking().SingleOrDefaultAsync(t => t.PluginId == input.Kind.PluginId && t.Kind == input.Kind.Kind
            && t.AuthorPersonId == input.AuthorPersonId && t.PeriodDate == input.PeriodDate, ct);
        if (text is null)
            db.CountedTexts.Add(text = new CountedText { PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, AuthorPersonId = input.AuthorPersonId, PeriodDate = input.PeriodDate, Body = input.Body });
        if (Apply(input, text, "") is { } accepted) return Result<CountedTextInfo>.Refused(accepted.Field, accepted.Message);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return Result<CountedTextInfo>.Ok(text!.ToInfo());
    }

    // A transaction of our own unless the caller has one, holding the lock gate until it ends.
    private async Task<IDbContextTransaction?> BeginGatedAsync(bool exclusive, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (exclusive) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockGate}, {db.CurrentJurisdictionId})", ct);
        else await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({LockGate}, {db.CurrentJurisdictionId})", ct);
        return own;
    }

    // The locks that may refuse these inputs, read once, and a test of one input against them: a whole-jurisdiction
    // lock refuses everyone, an organization's lock the authors there (and, with its subtree, below).
    // authors: the inputs' authors when the caller has read them already (else they are read if a lock needs them).
    private async Task<Func<CountedTextInput, PeriodLock?>> LocksForAsync(IReadOnlyList<CountedTextInput> inputs, Dictionary<long, PersonInfo>? authors, CancellationToken ct)
    {
        var (from, to) = (inputs.Min(i => i.PeriodDate), inputs.Max(i => i.PeriodDate));
        var locks = new List<PeriodLock>();
        foreach (var kind in inputs.Select(i => i.Kind).Distinct())
            locks.AddRange(await db.PeriodLocks.Where(l => l.PluginId == kind.PluginId && l.Kind == kind.Kind && l.FromDate <= to && l.ToDate >= from).ToListAsync(ct));
        var covered = new Dictionary<long, HashSet<long>>(); // lock id -> the organizations it closes
        if (locks.Any(l => l.OrganizationId is not null))
        {
            authors ??= await roster.FindManyAsync(inputs.Select(i => i.AuthorPersonId), ct);
            foreach (var l in locks.Where(l => l.OrganizationId is not null))
                covered[l.Id] = l.WithSubtree ? [.. (await organizations.SubtreeAsync(l.OrganizationId!.Value, ct)).Select(o => o.Id)] : [l.OrganizationId!.Value];
        }
        return input => locks.FirstOrDefault(l => l.PluginId == input.Kind.PluginId && l.Kind == input.Kind.Kind
            && l.FromDate <= input.PeriodDate && l.ToDate >= input.PeriodDate
            && (l.OrganizationId is null || (authors!.TryGetValue(input.AuthorPersonId, out var author) && covered[l.Id].Contains(author.OrganizationId))));
    }

    public async Task<Result<IReadOnlyList<CountedTextInfo>>> SubmitManyAsync(IReadOnlyList<CountedTextInput> inputs, CancellationToken ct = default)
    {
        if (inputs.Count == 0) return Result<IReadOnlyList<CountedTextInfo>>.Ok([]);
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < inputs.Count && errors.Count < MaxErrorsListed; i++)
            if (Invalid<CountedTextInfo>(inputs[i], $"[{i}].") is { } refused)
                foreach (var (field, messages) in refused.Errors) errors[field] = messages;
        var duplicate = inputs.Select((input, i) => (input, i)).GroupBy(x => (x.input.Kind, x.input.AuthorPersonId, x.input.PeriodDate)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            errors[$"[{duplicate.Skip(1).First().i}].periodDate"] = [Text.Of($"第 {duplicate.Skip(1).First().i + 1} 条与第 {duplicate.First().i + 1} 条是同一人同一期的记录。",
                $"Item {duplicate.Skip(1).First().i + 1} repeats item {duplicate.First().i + 1} (same author and period).")];
        var authors = errors.Count == 0 ? await roster.FindManyAsync(inputs.Select(i => i.AuthorPersonId), ct) : [];
        if (errors.Count == 0 && FirstStranger(inputs, authors) is { } stranger)
            errors[$"[{stranger}].authorPersonId"] = [References.NoPerson(inputs[stranger].AuthorPersonId)];
        if (errors.Count > 0) return new(default, errors);

        // Everything the batch needs in a few reads, whatever its size: the kinds' locks and the texts already there.
        await using var transaction = await BeginGatedAsync(exclusive: false, ct);
        var lockOf = await LocksForAsync(inputs, authors, ct);
        var kinds = inputs.Select(i => i.Kind).Distinct().ToList();
        var from = inputs.Min(i => i.PeriodDate);
        var to = inputs.Max(i => i.PeriodDate);
        var existing = new Dictionary<(string, string, long, DateOnly), CountedText>();
        foreach (var kind in kinds)
        {
            var kindAuthors = inputs.Where(i => i.Kind == kind).Select(i => i.AuthorPersonId).Distinct().ToList();
            foreach (var text in await db.CountedTexts.AsTracking().Where(t => t.PluginId == kind.PluginId && t.Kind == kind.Kind
                         && kindAuthors.Contains(t.AuthorPersonId) && t.PeriodDate >= from && t.PeriodDate <= to).ToListAsync(ct))
                existing[(text.PluginId, text.Kind, text.AuthorPersonId, text.PeriodDate)] = text;
        }
        var saved = new CountedText[inputs.Count];
        var added = new List<CountedText>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (lockOf(input) is { } locked)
                return Prefixed(LockedRefusal<IReadOnlyList<CountedTextInfo>>(locked.ToInfo()), $"[{i}].");
            var text = existing.GetValueOrDefault((input.Kind.PluginId, input.Kind.Kind, input.AuthorPersonId, input.PeriodDate));
            if (text is null)
                added.Add(text = new CountedText { PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, AuthorPersonId = input.AuthorPersonId, PeriodDate = input.PeriodDate, Body = input.Body });
            if (Apply(input, text, $"[{i}].") is { } refused)
                return Result<IReadOnlyList<CountedTextInfo>>.Refused(refused.Field, refused.Message);
            saved[i] = text;
        }
        await db.SaveChangesAsync(ct); // the texts written again (few)
        await InsertAsync(added, ct);  // the new ones (most), set-based
        if (transaction is not null) await transaction.CommitAsync(ct);
        return Result<IReadOnlyList<CountedTextInfo>>.Ok([.. saved.Select(t => t.ToInfo())]);
    }

    // New texts and their audit entries in one statement (BulkAudit): a notebook of thousands of notes is
    // one round trip, not thousands of EF inserts.
    private async Task InsertAsync(IReadOnlyList<CountedText> added, CancellationToken ct)
    {
        if (added.Count == 0) return;
        foreach (var text in added) text.JurisdictionId = db.CurrentJurisdictionId;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand($"""
            with inserted as (
                insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, title, body,
                                                  character_count, hours, state, reviewed_one_by_one, submitted_at)
                select $1, t.* from unnest($2::text[], $3::text[], $4::bigint[], $5::date[], $6::text[], $7::text[], $8::text[],
                                           $9::integer[], $10::numeric[], $11::text[], $12::boolean[], $13::timestamptz[]) as t
                returning *
            ), audited as (
                {BulkAudit.InsertFrom("(select jurisdiction_id, jurisdiction_id || '/' || id as entity_key, null::jsonb as before, to_jsonb(inserted) as after from inserted) rows",
                    "blocks.counted_texts", AuditAction.Insert, 14)}
            )
            select id, plugin_id, kind, author_person_id, period_date from inserted
            """, connection, (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction());
        command.Parameters.Add(new() { Value = db.CurrentJurisdictionId });
        command.Parameters.Add(new() { Value = added.Select(t => t.PluginId).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.Kind).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.AuthorPersonId).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.PeriodDate).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.PeriodKey).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = added.Select(t => t.Title).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = added.Select(t => t.Body).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.CharacterCount).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.Hours).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Numeric });
        command.Parameters.Add(new() { Value = added.Select(t => t.State.ToString()).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.ReviewedOneByOne).ToArray() });
        command.Parameters.Add(new() { Value = added.Select(t => t.SubmittedAt.ToUniversalTime()).ToArray() });
        BulkAudit.AddParameters(command, actor.User, actor.Now);
        var byKey = added.ToDictionary(t => (t.PluginId, t.Kind, t.AuthorPersonId, t.PeriodDate));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            byKey[(reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetFieldValue<DateOnly>(4))].Id = reader.GetInt64(0);
    }

    // The first input whose author is not on this jurisdiction's roster (authors: the ones found there).
    private static int? FirstStranger(IReadOnlyList<CountedTextInput> inputs, Dictionary<long, PersonInfo> authors)
    {
        for (var i = 0; i < inputs.Count; i++)
            if (!authors.ContainsKey(inputs[i].AuthorPersonId)) return i;
        return null;
    }

    // A long batch says what is wrong with its first items, not with every one of thousands.
    private const int MaxErrorsListed = 100;

    private static Result<T>? Invalid<T>(CountedTextInput input, string prefix)
    {
        if (string.IsNullOrWhiteSpace(input.Body))
            return Refuse.Field(prefix + "body", Text.Of("内容不能为空。", "The text cannot be empty."));
        // Every plugin's texts (notes, reading notes, reports) are bounded here, whatever the plugin checks itself.
        if (Limits.TooLong(input.Body, Limits.Body) is { } longBody)
            return Result<T>.Refused(prefix + "body", longBody);
        if (Limits.TooLong(input.Title, Limits.Line) is { } longTitle)
            return Result<T>.Refused(prefix + "title", longTitle);
        if (Limits.TooLong(input.PeriodKey, Limits.Line) is { } longPeriod)
            return Result<T>.Refused(prefix + "periodKey", longPeriod);
        if (input.MinimumCharacters is { } minimum && new MinimumLength(minimum).Check(input.Body) is { } tooShort)
            return Result<T>.Refused(prefix + "body", tooShort);
        if (input.Hours is < 0 or > 24 * 366)
            return Refuse.Field(prefix + "hours", Text.Of("学时不在有效范围内。", "Hours are out of range."));
        return null;
    }

    // Writes the input into a new text or the one there; a refusal when that one is accepted already.
    private (string Field, string Message)? Apply(CountedTextInput input, CountedText text, string prefix)
    {
        if (text.State == TextReviewState.Accepted)
            return (prefix + "state", Text.Of("该记录已验收，不能再修改。", "This text has been accepted and can no longer be changed."));
        else if (text.State == TextReviewState.Returned)
            text.State = TextReviewState.Resubmitted;

        text.Body = input.Body;
        text.ReviewedOneByOne = input.ReviewedOneByOne;
        text.PeriodKey = input.PeriodKey;
        text.Title = input.Title;
        text.Hours = input.Hours;
        text.CharacterCount = CharacterCount.Of(input.Body);
        text.SubmittedAt = actor.Now;
        return null;
    }

    private static Result<T> Prefixed<T>(Result<T> result, string prefix) =>
        new(default, result.Errors.ToDictionary(e => prefix + e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase));

    public Task<Result<CountedTextInfo>> AcceptAsync(long textId, CancellationToken ct = default) => ReviewAsync(textId, accept: true, comment: null, ct);

    public Task<Result<CountedTextInfo>> ReturnAsync(long textId, string comment, CancellationToken ct = default) => ReviewAsync(textId, accept: false, comment, ct);

    private async Task<Result<CountedTextInfo>> ReviewAsync(long textId, bool accept, string? comment, CancellationToken ct)
    {
        var text = await db.CountedTexts.AsTracking().SingleOrDefaultAsync(t => t.Id == textId, ct);
        if (text is null) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (!accept && string.IsNullOrWhiteSpace(comment))
            return Refuse.Field("comment", Text.Of("退回时请填写意见。", "Say why the text is returned."));
        if (Limits.TooLong(comment?.Trim(), Limits.Note) is { } longComment) return Result<CountedTextInfo>.Refused("comment", longComment);
        if (text.State is not (TextReviewState.Submitted or TextReviewState.Resubmitted))
            return Refuse.Field("state", Text.Of($"当前状态为“{StateName(text.State).zh}”，不能{(accept ? "验收" : "退回")}。", $"The text is {StateName(text.State).en}; it cannot be {(accept ? "accepted" : "returned")}."));
        if (await FindLockAsync(new BlockKind(text.PluginId, text.Kind), text.PeriodDate, (await roster.FindAsync(text.AuthorPersonId, ct))?.OrganizationId, ct) is { } locked)
            return LockedRefusal<CountedTextInfo>(locked);

        text.State = accept ? TextReviewState.Accepted : TextReviewState.Returned;
        text.ReviewComment = accept ? comment : comment!.Trim();
        text.ReviewedBy = actor.Name;
        text.ReviewedAt = actor.Now;
        await db.SaveChangesAsync(ct);
        return Result<CountedTextInfo>.Ok(text.ToInfo());
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
        if (q.SubmittedBefore?.ToUniversalTime() is { } deadline) query = query.Where(t => t.SubmittedAt < deadline); // Npgsql writes UTC instants only
        return query;
    }

    public async Task<IReadOnlyList<CountedTextInfo>> ListAsync(CountedTextQuery query, CancellationToken ct = default)
    {
        var ordered = Query(query).OrderBy(t => t.PeriodDate).ThenBy(t => t.AuthorPersonId);
        if (!query.WithoutBody) return [.. (await ordered.ToListAsync(ct)).Select(t => t.ToInfo())];
        // Every column but the body, selected in SQL: the body is most of a text's row.
        return await ordered.Select(t => new CountedTextInfo(t.Id, t.PluginId, t.Kind, t.AuthorPersonId, t.PeriodDate, t.PeriodKey, t.Title, "",
            t.CharacterCount, t.Hours, t.State, t.ReviewComment, t.ReviewedBy, t.ReviewedAt, t.SubmittedAt)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CountedTextTally>> TallyAsync(CountedTextQuery query, CancellationToken ct = default) =>
        await Query(query).GroupBy(t => t.AuthorPersonId).OrderBy(g => g.Key).Select(g => new CountedTextTally(g.Key, g.Count(),
            g.Count(t => t.State == TextReviewState.Accepted), g.Count(t => t.State == TextReviewState.Returned),
            g.Sum(t => t.CharacterCount), g.Sum(t => t.Hours ?? 0m)) { FirstSubmittedAt = g.Min(t => t.SubmittedAt) }).ToListAsync(ct);

    public async Task<IReadOnlyList<IReadOnlyDictionary<long, int>>> CountEachAsync(IReadOnlyList<CountedTextQuery> queries, CancellationToken ct = default)
    {
        if (queries.Count == 0) return [];
        // Each query's counts marked with its place in the list, all in one statement (UNION ALL; EF unites
        // anonymous projections only).
        var rows = await queries.Select((query, i) => Query(query).GroupBy(t => t.AuthorPersonId).Select(g => new { Query = i, Author = g.Key, Texts = g.Count() }))
            .Aggregate((all, next) => all.Concat(next))
            .ToListAsync(ct);
        var byQuery = rows.ToLookup(r => r.Query);
        return [.. queries.Select((_, i) => (IReadOnlyDictionary<long, int>)byQuery[i].ToDictionary(r => r.Author, r => r.Texts))];
    }

    public async Task<IReadOnlyList<CountedTextInfo>> AwaitingReviewAsync(string? pluginId = null, CancellationToken ct = default)
    {
        var query = db.CountedTexts.Where(t => t.ReviewedOneByOne && (t.State == TextReviewState.Submitted || t.State == TextReviewState.Resubmitted));
        if (pluginId is not null) query = query.Where(t => t.PluginId == pluginId);
        return [.. (await query.OrderBy(t => t.SubmittedAt).ThenBy(t => t.Id).ToListAsync(ct)).Select(t => t.ToInfo())];
    }

    public async Task<Result<PeriodLockInfo>> LockAsync(BlockKind kind, DateOnly from, DateOnly to, string? reason = null,
        long? organizationId = null, bool withSubtree = true, CancellationToken ct = default)
    {
        if (from > to) return Refuse.Field("to", Text.Of("结束日期不能早于开始日期。", "The end date cannot be before the start date."));
        if (Limits.TooLong(reason, Limits.Note) is { } longReason) return Result<PeriodLockInfo>.Refused("reason", longReason);
        if (organizationId is { } org && await organizations.OrganizationProblemAsync(org, ct) is { } noOrganization)
            return Result<PeriodLockInfo>.Refused("organizationId", noOrganization);
        await using var transaction = await BeginGatedAsync(exclusive: true, ct); // waits for the writes under way
        var row = new PeriodLock
        {
            PluginId = kind.PluginId, Kind = kind.Kind, FromDate = from, ToDate = to, Reason = reason, LockedBy = actor.Name, LockedAt = actor.Now,
            OrganizationId = organizationId, WithSubtree = withSubtree,
        };
        db.PeriodLocks.Add(row);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return Result<PeriodLockInfo>.Ok(row.ToInfo());
    }

    public async Task<bool> UnlockAsync(long lockId, CancellationToken ct = default)
    {
        var row = await db.PeriodLocks.AsTracking().SingleOrDefaultAsync(l => l.Id == lockId, ct);
        if (row is null) return false;
        db.PeriodLocks.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<PeriodLockInfo?> FindLockAsync(BlockKind kind, DateOnly date, long? organizationId = null, CancellationToken ct = default)
    {
        var candidates = await db.PeriodLocks.Where(l => l.PluginId == kind.PluginId && l.Kind == kind.Kind && l.FromDate <= date && l.ToDate >= date)
            .OrderBy(l => l.FromDate).ThenBy(l => l.Id).ToListAsync(ct);
        foreach (var l in candidates)
        {
            if (l.OrganizationId is not { } locked) return l.ToInfo();
            if (organizationId is not { } org) continue;
            if (locked == org || (l.WithSubtree && (await organizations.SubtreeAsync(locked, ct)).Any(o => o.Id == org))) return l.ToInfo();
        }
        return null;
    }

    private static Result<T> LockedRefusal<T>(PeriodLockInfo l) => Refuse.Field("periodDate", Text.Of($"{l.From:yyyy-MM-dd} 至 {l.To:yyyy-MM-dd} 已锁定（{l.Reason ?? "检查验收已结束"}），不能再录入或审核。", $"{l.From:yyyy-MM-dd} to {l.To:yyyy-MM-dd} is locked ({l.Reason ?? "the inspection is closed"}); texts can no longer be entered or reviewed."));

    private static (string zh, string en) StateName(TextReviewState state) => state switch
    {
        TextReviewState.Submitted => ("已提交", "submitted"),
        TextReviewState.Accepted => ("已验收", "accepted"),
        TextReviewState.Returned => ("已退回", "returned"),
        _ => ("已重新提交", "resubmitted"),
    };
}
