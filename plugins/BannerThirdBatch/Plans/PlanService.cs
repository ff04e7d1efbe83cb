using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Plans;

/// <summary>A new version of a unit's document from the version read (0 for the first draft), with what changed.</summary>
public sealed record PlanDocumentInput(string? Body, int Version, string? Note = null);

/// <summary>A comment on a version of a unit's document (征求意见, the level above's review).</summary>
public sealed record PlanCommentInput(int Version, string? Text);

/// <summary>The version read, to approve (定稿).</summary>
public sealed record PlanVersionInput(int Version);

/// <summary>One of a unit's two documents: its text at the latest version, every version with its comments, approved or not.</summary>
public sealed record PlanDocumentView(string Key, string KindName, long Id, string Title, int Version, bool Final, DateOnly? ApprovedOn, string Body,
    IReadOnlyList<DocumentVersion> History);

/// <summary>A unit's line: its situation report and plan, the plan's due day (start + PlanDueDays) and where it stands.</summary>
public sealed record UnitPlanLine(long UnitId, string Unit, UnitKind Kind, string KindName, long? TownId, string? Town, DateOnly? Start, DateOnly? Due,
    int SituationVersion, bool SituationFinal, int PlanVersion, PlanState State, string StateName, DateOnly? ApprovedOn, DueState DueState, string DueStateName);

/// <summary>A unit's documents for its page: what it may do (write: the unit, those above it, the office; review: the level above).</summary>
public sealed record UnitPlanDetail(UnitPlanLine Line, PlanDocumentView? Situation, PlanDocumentView? Plan, bool MayWrite, bool MayReview);

/// <summary>
/// 二(三) 调查研究、制定实施方案: each unit drafts and revises its situation report and its implementation plan (the SDK's
/// versioned documents; a stale version is 409); the level above — the sumu/town for its gacha and communities, the banner
/// (its office) for a town — comments and approves (定稿); the plan's obligation is met the day it is approved. One place for
/// the API, the pages, the ledger and the demo.
/// </summary>
public sealed class PlanService(IVersionedDocuments documents, ThirdBatchUnits units, ScheduleService schedules, BannerThirdBatchCampaign campaign,
    IObligationRecords obligations)
{
    public static string OnlyAbove => Text.Of("只有上级党组织（嘎查、社区由所属苏木镇，苏木镇由旗委）或旗领导小组办公室可以审定。",
        "Only the level above (the sumu/town for its gacha and communities, the banner for a town) or the banner office approves.");
    private static string NoKind(string key) => Text.Of($"没有“{key}”这类文稿（situation 调查研究情况，unit-plan 实施方案）。",
        $"There is no document kind “{key}” (situation, unit-plan).");
    private static string NoDraft => Text.Of("还没有初稿。", "There is no draft yet.");

    /// <summary>Every unit the user sees with its plan's state.</summary>
    public async Task<IReadOnlyList<UnitPlanLine>> ListAsync(CancellationToken ct)
    {
        var (situations, plans) = await DocumentsAsync(ct);
        var lines = new List<UnitPlanLine>();
        foreach (var unit in await units.SeenAsync(ct))
            lines.Add(await LineAsync(unit, situations.GetValueOrDefault(unit.Id), plans.GetValueOrDefault(unit.Id), ct));
        return lines;
    }

    /// <summary>The review list of the level above: plans drafted but not approved, of the units the user may approve.</summary>
    public async Task<IReadOnlyList<UnitPlanLine>> AwaitingAsync(CancellationToken ct)
    {
        var awaiting = new List<UnitPlanLine>();
        foreach (var line in await ListAsync(ct))
            if (line.State == PlanState.Drafting && await units.MayReviewAsync(line.UnitId, ct)) awaiting.Add(line);
        return awaiting;
    }

    /// <summary>Per unit the user sees: its plan approved (1) of the one it owes. For the office's coverage bars.</summary>
    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct)
    {
        // The plans alone (a line's situation report, dates and due state are not shown in a column).
        var plans = Latest(await documents.ListWithoutBodiesAsync(PlanRule.UnitPlan, cancellationToken: ct));
        return [.. (await units.SeenAsync(ct)).Select(u =>
        {
            var plan = plans.GetValueOrDefault(u.Id);
            return new UnitFigure(u.Id, u.Name, PlanRule.StateOf(plan is not null, plan?.Final == true) == PlanState.Approved ? 1 : 0, 1);
        })];
    }

    /// <summary>A unit's documents with every version and comment; 404 when the user does not see the unit.</summary>
    public async Task<Result<UnitPlanDetail>> FindAsync(long unitId, CancellationToken ct)
    {
        if (await units.ReadableAsync(unitId, ct) is not { } unit) return Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId));
        return Result.Ok(await DetailAsync(unit, ct));
    }

    /// <summary>The first draft (version 0) or the next version of the unit's situation report or plan: the unit, those above it or the office.</summary>
    public async Task<Result<UnitPlanDetail>> SaveAsync(long unitId, string key, PlanDocumentInput input, CancellationToken ct)
    {
        var found = await UnitForAsync(unitId, ct);
        if (!found.Succeeded) return Refuse.As(found);
        if (PlanRule.KindOf(key) is not { } kind) return Refuse.NotFound(NoKind(key));
        var unit = found.Value!;
        if (!await units.MayActForAsync(unit.Id, ct)) return Refuse.Forbidden(ThirdBatchUnits.OnlyTheUnit);
        var body = Entered.Text(input.Body);
        if (body is null) return Refuse.Field("body", Text.Of("请填写正文。", "Write the text."));
        if (Limits.TooLong(body, Limits.Body) is { } longBody) return Refuse.Field("body", longBody);
        var note = Entered.Text(input.Note);
        if (Limits.TooLong(note, Limits.Note) is { } longNote) return Refuse.Field("note", longNote);
        var saved = await CurrentAsync(kind, unit.Id, ct) is { } document
            ? await documents.ReviseAsync(document.Id, body, input.Version, note, ct)
            : input.Version != 0 ? Refuse.Conflict()
            : await documents.CreateAsync(new DocumentInput(kind, PlanRule.Title(key, unit.Name), body, OrganizationId: unit.Id), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var detail = await DetailAsync(unit, ct);
        return saved.Value!.Version == 1 ? Result.Created($"plans/{unit.Id}", detail) : Result.Ok(detail);
    }

    /// <summary>A comment on a version: the level above reviewing, or the unit and those above it discussing.</summary>
    public async Task<Result<DocumentComment>> CommentAsync(long unitId, string key, PlanCommentInput input, CancellationToken ct)
    {
        var found = await UnitForAsync(unitId, ct);
        if (!found.Succeeded) return Refuse.As(found);
        if (PlanRule.KindOf(key) is not { } kind) return Refuse.NotFound(NoKind(key));
        var unit = found.Value!;
        if (!await units.MayReviewAsync(unit.Id, ct) && !await units.MayActForAsync(unit.Id, ct)) return Refuse.Forbidden(OnlyAbove);
        if (await CurrentAsync(kind, unit.Id, ct) is not { } document) return Refuse.Field("version", NoDraft);
        if (input.Version < 1 || input.Version > document.Version)
            return Refuse.Field("version", Text.Of($"没有第 {input.Version} 稿。", $"There is no version {input.Version}."));
        if (Entered.Text(input.Text) is not { } text) return Refuse.Field("text", Text.Of("请填写意见。", "Write the comment."));
        if (Limits.TooLong(text, Limits.Note) is { } tooLong) return Refuse.Field("text", tooLong);
        var comment = await documents.CommentAsync(document.Id, input.Version, text, null, ct);
        return comment.Succeeded ? Result.Created($"plans/{unit.Id}", comment.Value!) : comment;
    }

    /// <summary>审定 (定稿) at the version read, by the level above only; the plan's obligation is met today.</summary>
    public async Task<Result<UnitPlanDetail>> ApproveAsync(long unitId, string key, PlanVersionInput input, CancellationToken ct)
    {
        var found = await UnitForAsync(unitId, ct);
        if (!found.Succeeded) return Refuse.As(found);
        if (PlanRule.KindOf(key) is not { } kind) return Refuse.NotFound(NoKind(key));
        var unit = found.Value!;
        if (!await units.MayReviewAsync(unit.Id, ct)) return Refuse.Forbidden(OnlyAbove);
        if (await CurrentAsync(kind, unit.Id, ct) is not { } document) return Refuse.Field("version", NoDraft);
        if (document.Final) return Refuse.Conflict(Text.Of("已审定。", "Approved already."));
        var final = await documents.FinalizeAsync(document.Id, input.Version, ct);
        if (!final.Succeeded) return Refuse.As(final);
        if (key == PlanRule.PlanKey && (await schedules.SchedulesAsync(ct)).TryGetValue(unit.Id, out var schedule))
            await obligations.RecordAsync(PlanObligations.Plan.Key, ObligedKind.Organization, unit.Id, schedule.Start, PlanObligations.RecordRef(document.Id),
                final.Value!.FinalizedAt ?? campaign.Now, ct);
        return Result.Ok(await DetailAsync(unit, ct));
    }

    private async Task<Result<Unit>> UnitForAsync(long unitId, CancellationToken ct) =>
        await units.ReadableAsync(unitId, ct) is { } unit ? Result.Ok(unit) : Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId));

    private async Task<DocumentInfo?> CurrentAsync(BlockKind kind, long unitId, CancellationToken ct) =>
        (await documents.ListAsync(kind, unitId, cancellationToken: ct)).LastOrDefault();

    /// <summary>Every unit's latest situation report and plan (no permission checked: the obligations read them too).</summary>
    public async Task<(IReadOnlyDictionary<long, DocumentInfo> Situations, IReadOnlyDictionary<long, DocumentInfo> Plans)> DocumentsAsync(CancellationToken ct)
        => (Latest(await documents.ListAsync(PlanRule.Situation, cancellationToken: ct)), Latest(await documents.ListAsync(PlanRule.UnitPlan, cancellationToken: ct)));

    // Each unit's latest document of a kind (the list is oldest first).
    private static IReadOnlyDictionary<long, DocumentInfo> Latest(IReadOnlyList<DocumentInfo> all) =>
        all.Where(d => d.OrganizationId is not null).GroupBy(d => d.OrganizationId!.Value).ToDictionary(g => g.Key, g => g.Last());

    private async Task<UnitPlanDetail> DetailAsync(Unit unit, CancellationToken ct)
    {
        var situation = await CurrentAsync(PlanRule.Situation, unit.Id, ct);
        var plan = await CurrentAsync(PlanRule.UnitPlan, unit.Id, ct);
        return new UnitPlanDetail(await LineAsync(unit, situation, plan, ct), await ViewAsync(PlanRule.SituationKey, situation, ct), await ViewAsync(PlanRule.PlanKey, plan, ct),
            await units.MayActForAsync(unit.Id, ct), await units.MayReviewAsync(unit.Id, ct));
    }

    private async Task<PlanDocumentView?> ViewAsync(string key, DocumentInfo? d, CancellationToken ct) => d is null ? null
        : new PlanDocumentView(key, PlanRule.KindName(key).ToString(), d.Id, d.Title, d.Version, d.Final, d.FinalizedAt is { } at ? campaign.LocalDay(at) : null, d.Body,
            await documents.HistoryAsync(d.Id, ct));

    private async Task<UnitPlanLine> LineAsync(Unit unit, DocumentInfo? situation, DocumentInfo? plan, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        DateOnly? start = (await schedules.SchedulesAsync(ct)).TryGetValue(unit.Id, out var s) ? s.Start : null;
        DateOnly? due = start is { } st ? PlanRule.Due(rules, st) : null;
        var state = PlanRule.StateOf(plan is not null, plan?.Final == true);
        DateOnly? approvedOn = plan is { Final: true, FinalizedAt: { } at } ? campaign.LocalDay(at) : null;
        var dueState = DueStates.Of(due, approvedOn, campaign.Today);
        return new UnitPlanLine(unit.Id, unit.Name, unit.Kind, UnitRule.KindName(unit.Kind).ToString(), unit.TownId, unit.Town, start, due,
            situation?.Version ?? 0, situation?.Final == true, plan?.Version ?? 0, state, PlanRule.StateName(state).ToString(), approvedOn, dueState, dueState.Label());
    }
}
