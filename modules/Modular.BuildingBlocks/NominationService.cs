using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.BuildingBlocks;

/// <summary>
/// <see cref="INominations"/>: a nomination waits at one organization (its level); that level endorses
/// it up to the parent organization or drops it with a reason; the top level approves. Every step is
/// kept. <see cref="ReportedToUsAsync"/> is the system's only cross-jurisdiction read.
/// </summary>
internal sealed class NominationService(BlocksDbContext db, IOrganizationDirectory organizations, IRoster roster,
    JurisdictionDirectory jurisdictions, BlocksActor actor, IVersionedDocuments documents) : INominations
{
    public async Task<Result<NominationInfo>> NominateAsync(NominationInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Reason)) return Refuse.Field("reason", Text.Of("请填写推荐理由。", "Give the reason for the nomination."));
        if (Limits.TooLong(input.Reason.Trim(), Limits.Note) is { } longReason) return Result<NominationInfo>.Refused("reason", longReason);
        if (string.IsNullOrWhiteSpace(input.NomineeName)) return Refuse.Field("nomineeName", Text.Of("请填写被推荐对象。", "Name the nominee."));
        if (Limits.TooLong(input.NomineeName.Trim(), Limits.Line) is { } longName) return Result<NominationInfo>.Refused("nomineeName", longName);
        if (Limits.TooLong(input.PeriodKey, Limits.Line) is { } longPeriod) return Result<NominationInfo>.Refused("periodKey", longPeriod);
        if (await organizations.FindAsync(input.StartOrganizationId, ct) is null)
            return Refuse.Field("startOrganizationId", Text.Of("推荐单位不存在。", "The nominating organization does not exist."));
        if (await NomineeProblemAsync(input, ct) is { } noNominee) return Result<NominationInfo>.Refused("nomineeId", noNominee);
        var row = new Nomination
        {
            PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, Category = input.Category, PeriodKey = input.PeriodKey, NomineeId = input.NomineeId,
            NomineeName = input.NomineeName.Trim(), Reason = input.Reason.Trim(), StartOrganizationId = input.StartOrganizationId,
            CurrentOrganizationId = input.StartOrganizationId, Status = NominationStatus.InProgress,
        };
        AddStep(row, input.StartOrganizationId, NominationDecision.Nominated, input.Reason.Trim());
        db.Nominations.Add(row);
        await db.SaveChangesAsync(ct);
        return Result<NominationInfo>.Ok(row.ToInfo());
    }

    // A person or an organization nominee is one of this jurisdiction's; a record (a report) is the plugin's to vouch for.
    private async Task<string?> NomineeProblemAsync(NominationInput input, CancellationToken ct) => input.Category switch
    {
        NominationCategory.ExcellentMember or NominationCategory.ExcellentPartyWorker => await roster.PersonProblemAsync(input.NomineeId, ct),
        NominationCategory.AdvancedOrganization => await organizations.OrganizationProblemAsync(input.NomineeId, ct),
        _ => null,
    };

    public async Task<Result<NominationInfo>> EndorseAsync(long nominationId, string? reason = null, CancellationToken ct = default)
    {
        if (Limits.TooLong(reason?.Trim(), Limits.Note) is { } longReason) return Result<NominationInfo>.Refused("reason", longReason);
        var (row, refusal) = await InProgressAsync(nominationId, ct);
        if (row is null) return refusal!;
        var level = await organizations.FindAsync(row.CurrentOrganizationId, ct);
        if (level is null || Nominations.IsApprovingLevel(level))
            return Refuse.Field("decision", Text.Of("已到最高一级，请审定（批准）或不予推荐。", "This is the top level: approve or drop it."));
        var parent = level.ParentId!.Value;
        AddStep(row, row.CurrentOrganizationId, NominationDecision.Endorsed, reason);
        row.CurrentOrganizationId = parent;
        await db.SaveChangesAsync(ct);
        return Result<NominationInfo>.Ok(row.ToInfo());
    }

    public async Task<Result<NominationInfo>> DropAsync(long nominationId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Refuse.Field("reason", Text.Of("不予推荐时请说明理由。", "Say why it is dropped."));
        if (Limits.TooLong(reason.Trim(), Limits.Note) is { } longReason) return Result<NominationInfo>.Refused("reason", longReason);
        var (row, refusal) = await InProgressAsync(nominationId, ct);
        if (row is null) return refusal!;
        AddStep(row, row.CurrentOrganizationId, NominationDecision.Dropped, reason.Trim());
        row.Status = NominationStatus.Dropped;
        await db.SaveChangesAsync(ct);
        return Result<NominationInfo>.Ok(row.ToInfo());
    }

    public async Task<Result<NominationInfo>> ApproveAsync(long nominationId, string? reason = null, CancellationToken ct = default)
    {
        if (Limits.TooLong(reason?.Trim(), Limits.Note) is { } longReason) return Result<NominationInfo>.Refused("reason", longReason);
        var (row, refusal) = await InProgressAsync(nominationId, ct);
        if (row is null) return refusal!;
        var level = await organizations.FindAsync(row.CurrentOrganizationId, ct);
        if (level is null || !Nominations.IsApprovingLevel(level))
            return Refuse.Field("decision", Text.Of("只有最高一级（党委或领导小组办公室）才能审定，请逐级推荐。", "Only the top level (the root committee or the leading group's office) approves; endorse it up first."));
        AddStep(row, row.CurrentOrganizationId, NominationDecision.Approved, reason);
        row.Status = NominationStatus.Approved;
        await db.SaveChangesAsync(ct);
        return Result<NominationInfo>.Ok(row.ToInfo());
    }

    public Task<Result<NominationInfo>> ReportToParentAsync(long nominationId, CancellationToken ct = default) => ReportUpAsync(nominationId, null, ct);

    public Task<Result<NominationInfo>> ReportToParentAsync(long nominationId, long documentId, CancellationToken ct = default) => ReportUpAsync(nominationId, documentId, ct);

    private async Task<Result<NominationInfo>> ReportUpAsync(long nominationId, long? documentId, CancellationToken ct)
    {
        var row = await LoadAsync(nominationId, ct);
        if (row is null) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (row.Status != NominationStatus.Approved)
            return Refuse.Field("status", Text.Of("只有审定通过的推荐才能上报。", "Only an approved nomination can be reported up."));
        if (row.ReportedToJurisdictionId is not null)
            return Refuse.Field("status", Text.Of("已经上报。", "Already reported."));
        var parentId = await jurisdictions.ParentOfAsync(db.CurrentJurisdictionId, ct);
        if (parentId is null)
            return Refuse.Field("jurisdiction", Text.Of("本辖区没有上级，无法上报。", "This jurisdiction has no parent to report to."));
        if (documentId is { } id)
        {
            // The document is this jurisdiction's (the wall), of the same plugin, and already with the same parent.
            var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.PluginId == row.PluginId, ct);
            if (document is null) return Refuse.Field("documentId", BlockMessages.NoSuchRecord);
            if (document.SubmittedToJurisdictionId != parentId)
                return Refuse.Field("documentId", Text.Of("随附的全文须先定稿并报送同一上级。", "Submit the document to the same parent first."));
        }
        row.ReportedToJurisdictionId = parentId;
        row.ReportedAt = actor.Now;
        row.DocumentId = documentId;
        AddStep(row, row.CurrentOrganizationId, NominationDecision.ReportedUp, null);
        await db.SaveChangesAsync(ct);
        return Result<NominationInfo>.Ok(row.ToInfo());
    }

    public async Task<NominationInfo?> FindAsync(long nominationId, CancellationToken ct = default) =>
        await db.Nominations.Include(n => n.Steps).SingleOrDefaultAsync(n => n.Id == nominationId, ct) is { } row ? (await WithDecisionsAsync([row], ct))[0] : null;

    public async Task<IReadOnlyList<NominationInfo>> ListAsync(long? atOrganizationId = null, string? pluginId = null, NominationStatus? status = null, CancellationToken ct = default)
    {
        var query = db.Nominations.Include(n => n.Steps).AsQueryable();
        if (atOrganizationId is { } level) query = query.Where(n => n.CurrentOrganizationId == level);
        if (pluginId is not null) query = query.Where(n => n.PluginId == pluginId);
        if (status is { } s) query = query.Where(n => n.Status == s);
        return await WithDecisionsAsync(await query.OrderBy(n => n.Id).ToListAsync(ct), ct);
    }

    /// <summary>
    /// THE cross-jurisdiction read. It lifts the jurisdiction filter for exactly one condition: rows
    /// whose <c>reported_to_jurisdiction_id</c> is the current jurisdiction. No-tracking, so nothing
    /// read here can be saved back from the parent.
    /// </summary>
    public async Task<IReadOnlyList<NominationInfo>> ReportedToUsAsync(string? pluginId = null, CancellationToken ct = default)
    {
        var me = db.CurrentJurisdictionId;
        if (me == 0) return [];
        var query = db.Nominations.IgnoreQueryFilters().AsNoTracking().Include(n => n.Steps)
            .Where(n => n.ReportedToJurisdictionId == me && n.Status == NominationStatus.Approved);
        if (pluginId is not null) query = query.Where(n => n.PluginId == pluginId);
        var reported = await WithDecisionsAsync(await query.OrderBy(n => n.ReportedAt).ThenBy(n => n.Id).ToListAsync(ct), ct);
        var names = await jurisdictions.NamesAsync([.. reported.Select(n => n.JurisdictionId).Concat(reported.Select(n => n.OriginJurisdictionId ?? 0)).Where(j => j != 0).Distinct()], ct);
        return [.. reported.Select(n => n with
        {
            JurisdictionName = names.GetValueOrDefault(n.JurisdictionId),
            OriginJurisdictionName = n.OriginJurisdictionId is { } origin ? names.GetValueOrDefault(origin) : null,
        })];
    }

    public async Task<Result<NominationInfo>> DecideReportedAsync(int fromJurisdictionId, long nominationId, ParentDecisionInput decision, CancellationToken ct = default)
    {
        if (await ReportedHereAsync(fromJurisdictionId, nominationId, ct) is not { } reported) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        var (why, grade) = (Cleaned(decision.Reason), Cleaned(decision.Grade));
        if (!decision.Selected && why is null) return Refuse.Field("reason", Text.Of("未入选须说明理由。", "Say why it is not selected."));
        if (TooLong(why, grade) is { } tooLong) return tooLong;
        if (decision.ForwardedAsNominationId is { } forwardedId && await ForwardProblemAsync(reported, decision.Selected, forwardedId, ct) is { } notForward)
            return Refuse.Field("forwardedAsNominationId", notForward);
        if (await db.ParentDecisions.AnyAsync(d => d.FromJurisdictionId == fromJurisdictionId && d.NominationId == nominationId, ct)) return Decided();
        db.ParentDecisions.Add(new ParentDecision
        {
            FromJurisdictionId = fromJurisdictionId, NominationId = nominationId, Selected = decision.Selected, Grade = grade, Reason = why,
            ForwardedAsNominationId = decision.ForwardedAsNominationId, OriginJurisdictionId = reported.OriginJurisdictionId,
            OriginNominationId = reported.OriginNominationId, Actor = actor.Name, DecidedAt = actor.Now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (Modular.Sdk.Data.SaveConflicts.IsConflict(e))
        {
            db.ChangeTracker.Clear(); // decided at the same moment elsewhere: the key keeps the first
            return Decided();
        }
        return Result<NominationInfo>.Ok((await WithDecisionsAsync([reported], ct))[0]);
    }

    public async Task<Result<NominationInfo>> ForwardReportedAsync(int fromJurisdictionId, long nominationId, ForwardInput input, CancellationToken ct = default)
    {
        var me = db.CurrentJurisdictionId;
        if (await ReportedHereAsync(fromJurisdictionId, nominationId, ct) is not { } reported) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        var (why, grade) = (Cleaned(input.Reason), Cleaned(input.Grade));
        if (!input.Selected) return Refuse.Field("selected", Text.Of("未入选的不能转报。", "Only a selected nomination is forwarded."));
        if (TooLong(why, grade) is { } tooLong) return tooLong;
        if (await db.ParentDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.FromJurisdictionId == fromJurisdictionId && d.NominationId == nominationId, ct) is { } earlier)
            return earlier.ForwardedAsNominationId is null ? Decided() : AlreadyForwarded();
        if (await jurisdictions.ParentOfAsync(me, ct) is not { } parentId)
            return Refuse.Field("jurisdiction", Text.Of("本辖区没有上级，无法转报。", "This jurisdiction has no parent to forward to."));
        // The forward starts where this jurisdiction approves: its leading group's office, else its committee.
        var level = (await organizations.ListAsync(ct)).Where(Nominations.IsApprovingLevel)
            .OrderByDescending(o => o.Kind == OrganizationKind.LeadingGroupOffice).ThenBy(o => o.Depth).ThenBy(o => o.Id).FirstOrDefault();
        if (level is null)
            return Refuse.Field("organization", Text.Of("本级尚未建立组织（党委或领导小组办公室），无法转报。", "This jurisdiction has no committee or office to forward from."));
        if (input.Document is { } text && text.Kind.PluginId != reported.PluginId)
            return Refuse.Field("document", Text.Of("随附的全文须属于同一模块。", "The document must be of the same plugin."));

        // Both or neither: the document and its submission, the forward, and the decision naming the forward. The decision's
        // key (one per reported nomination) is the arbiter: an office deciding at the same moment makes its insert fail, and the
        // rollback takes everything else with it.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            long? documentId = null;
            if (input.Document is { } document)
            {
                var sent = await documents.CreateAsync(document, ct);
                if (sent.Succeeded) sent = await documents.FinalizeAsync(sent.Value!.Id, sent.Value.Version, ct);
                if (sent.Succeeded) sent = await documents.SubmitToParentAsync(sent.Value!.Id, sent.Value.Version, ct);
                if (!sent.Succeeded)
                {
                    await transaction.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    return Refuse.As(sent);
                }
                documentId = sent.Value!.Id;
            }
            var forward = new Nomination
            {
                PluginId = reported.PluginId, Kind = reported.Kind, Category = reported.Category, PeriodKey = reported.PeriodKey, NomineeId = reported.NomineeId,
                NomineeName = reported.NomineeName, Reason = reported.Reason, StartOrganizationId = level.Id, CurrentOrganizationId = level.Id,
                Status = NominationStatus.Approved, ReportedToJurisdictionId = parentId, ReportedAt = actor.Now, DocumentId = documentId,
                OriginJurisdictionId = reported.Origin.JurisdictionId, OriginNominationId = reported.Origin.NominationId,
            };
            AddStep(forward, level.Id, NominationDecision.Nominated, reported.Reason);
            AddStep(forward, level.Id, NominationDecision.Approved, why ?? grade);
            AddStep(forward, level.Id, NominationDecision.ReportedUp, null);
            db.Nominations.Add(forward);
            await db.SaveChangesAsync(ct);
            db.ParentDecisions.Add(new ParentDecision
            {
                FromJurisdictionId = fromJurisdictionId, NominationId = nominationId, Selected = true, Grade = grade, Reason = why,
                ForwardedAsNominationId = forward.Id, OriginJurisdictionId = reported.OriginJurisdictionId, OriginNominationId = reported.OriginNominationId,
                Actor = actor.Name, DecidedAt = actor.Now,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (Modular.Sdk.Data.SaveConflicts.IsConflict(e))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear(); // decided at the same moment elsewhere: the key keeps the first, nothing went up
            return Decided();
        }
        return Result<NominationInfo>.Ok((await WithDecisionsAsync([reported], ct))[0]);
    }

    // A nomination a child reported to this jurisdiction and approved at home: what a parent decides or forwards.
    private async Task<Nomination?> ReportedHereAsync(int fromJurisdictionId, long nominationId, CancellationToken ct)
    {
        var me = db.CurrentJurisdictionId;
        return me == 0 ? null : await db.Nominations.IgnoreQueryFilters().AsNoTracking().Include(n => n.Steps).SingleOrDefaultAsync(n =>
            n.JurisdictionId == fromJurisdictionId && n.Id == nominationId && n.ReportedToJurisdictionId == me && n.Status == NominationStatus.Approved, ct);
    }

    private static string? Cleaned(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // A parent's comment (a note) and grade (a line), each within its bound.
    private static Refusal? TooLong(string? why, string? grade) =>
        why is not null && Limits.TooLong(why, Limits.Note) is { } longReason ? Refuse.Field("reason", longReason)
        : grade is not null && Limits.TooLong(grade, Limits.Line) is { } longGrade ? Refuse.Field("grade", longGrade)
        : null;

    private static Refusal AlreadyForwarded() => Refuse.Conflict(Text.Of("该推荐已转报上级。", "This nomination has been forwarded already."));

    // 转报 is selecting it and carrying it on: the parent's own nomination of the same plugin and kind, naming the same
    // nominee, already reported to its own parent.
    private async Task<string?> ForwardProblemAsync(Nomination reported, bool selected, long forwardedId, CancellationToken ct)
    {
        if (!selected) return Text.Of("未入选的不能转报。", "Only a selected nomination is forwarded.");
        var own = await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == forwardedId, ct);
        if (own is null || own.PluginId != reported.PluginId || own.Kind != reported.Kind || own.NomineeName != reported.NomineeName)
            return Text.Of("转报所用的推荐不存在，或与所评的不是同一对象。", "The forwarding nomination does not exist or names another nominee.");
        return own.ReportedToJurisdictionId is null ? Text.Of("转报所用的推荐尚未上报。", "The forwarding nomination has not been reported up.") : null;
    }

    private static Refusal Decided() => Refuse.Conflict(Text.Of("该推荐已评定。", "This nomination has been decided already."));

    // The parent's decisions, on either side of the report: a parent reads its own rows, the reporting child the rows
    // decided on its nominations (the policy decided_for_us); and the jurisdiction where a forwarded nomination began every
    // decision further up the chain (the policy decided_for_origin).
    private async Task<IReadOnlyList<NominationInfo>> WithDecisionsAsync(IReadOnlyList<Nomination> rows, CancellationToken ct)
    {
        var reported = rows.Where(n => n.ReportedToJurisdictionId is not null).ToList();
        if (reported.Count == 0) return [.. rows.Select(n => n.ToInfo())];
        var me = db.CurrentJurisdictionId;
        var ids = reported.Select(n => n.Id).ToList();
        var all = await db.ParentDecisions.IgnoreQueryFilters().AsNoTracking()
            .Where(d => ((d.JurisdictionId == me || d.FromJurisdictionId == me) && ids.Contains(d.NominationId))
                        || (d.OriginJurisdictionId == me && ids.Contains(d.OriginNominationId!.Value))).ToListAsync(ct);
        var decisions = all.DistinctBy(d => (d.JurisdictionId, d.FromJurisdictionId, d.NominationId)).ToDictionary(d => (d.JurisdictionId, d.FromJurisdictionId, d.NominationId));
        var above = all.Where(d => d.OriginJurisdictionId == me).ToLookup(d => d.OriginNominationId!.Value);
        var names = await jurisdictions.NamesAsync([.. all.Select(d => d.JurisdictionId).Distinct()], ct);
        ParentDecisionInfo Named(ParentDecision d) => d.ToInfo() with { JurisdictionName = names.GetValueOrDefault(d.JurisdictionId) };
        return [.. rows.Select(n => n.ToInfo() with
        {
            ParentDecision = n.ReportedToJurisdictionId is { } parent && decisions.TryGetValue((parent, n.JurisdictionId, n.Id), out var d) ? Named(d) : null,
            DecisionsAbove = n.JurisdictionId == me && n.ReportedToJurisdictionId is { } reportedTo ? [.. UpTheChain(above[n.Id], reportedTo).Select(Named)] : [],
        })];
    }

    // Level by level: each decision above was made by the jurisdiction the one below forwarded to, starting with the parent's forward.
    private static IEnumerable<ParentDecision> UpTheChain(IEnumerable<ParentDecision> above, int parent)
    {
        var byForwarder = above.GroupBy(d => d.FromJurisdictionId).ToDictionary(g => g.Key, g => g.First());
        for (var from = parent; byForwarder.Remove(from, out var next); from = next.JurisdictionId)
            yield return next;
    }

    private Task<Nomination?> LoadAsync(long id, CancellationToken ct) =>
        db.Nominations.AsTracking().Include(n => n.Steps).SingleOrDefaultAsync(n => n.Id == id, ct);

    private async Task<(Nomination?, Result<NominationInfo>?)> InProgressAsync(long id, CancellationToken ct)
    {
        var row = await LoadAsync(id, ct);
        if (row is null) return (null, Refuse.NotFound(BlockMessages.NoSuchRecord));
        if (row.Status != NominationStatus.InProgress)
            return (null, Refuse.Field("status", Text.Of(row.Status == NominationStatus.Dropped ? "该推荐已被终止，不能再处理。" : "该推荐已审定，不能再处理。", row.Status == NominationStatus.Dropped ? "This nomination was dropped." : "This nomination is already approved.")));
        return (row, null);
    }

    private void AddStep(Nomination row, long organizationId, NominationDecision decision, string? reason) =>
        row.Steps.Add(new NominationStep
        {
            NominationId = row.Id, Sequence = row.Steps.Count == 0 ? 1 : row.Steps.Max(s => s.Sequence) + 1, OrganizationId = organizationId,
            Decision = decision, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), Actor = actor.Name, At = actor.Now,
        });
}
