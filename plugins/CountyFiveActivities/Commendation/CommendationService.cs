using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.PartySpirit;

namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>A nomination: its category, the nominee (an organization or a member), the nominating organization, the reason, the day.</summary>
public sealed record NominateInput(NominationCategory? Category, long? NomineeId, long? StartOrganizationId, string? Reason, DateOnly? NominatedOn = null);

/// <summary>A step up (endorse, drop, approve): the reason (required to drop) and the day it was taken (today when none).</summary>
public sealed record StepInput(string? Reason, DateOnly? DecidedOn = null);

/// <summary>A step of the way up, with the day it was taken (<see cref="NominationDay"/>) beside when it was recorded.</summary>
public sealed record NominationStep(int Sequence, long OrganizationId, NominationDecision Decision, string? Reason, string? Actor, DateOnly On, DateTimeOffset At);

/// <summary>
/// A nomination as the list, the page and the ledger show it, with its way up the levels; the levels' own commendations of it;
/// for an 优秀共产党员 the public's recognition (null when the reader may not read the member's evaluation, or another category);
/// and, once approved, what became of it above the county (<see cref="Upward"/>).
/// </summary>
public sealed record NominationRow(long Id, NominationCategory Category, string CategoryName, long NomineeId, string NomineeName,
    long StartOrganizationId, string StartOrganization, long CurrentOrganizationId, string CurrentLevel,
    NominationStatus Status, string StatusName, DateOnly NominatedOn, IReadOnlyList<NominationStep> Steps,
    IReadOnlyList<LevelCommendationView> LevelCommendations, RecognitionRule.Recognition? Recognition, UpwardStatus Upward);

/// <summary>A level's own commendation of a nomination (<see cref="LevelCommendation"/>).</summary>
public sealed record LevelCommendationView(long OrganizationId, string Organization, bool Commended, string DecisionName, DateOnly DecidedOn, string? Reason, string? DecidedBy);

/// <summary>
/// 上报: an approved nomination reported to the parent jurisdiction (XX县 → XX市), and the parent's decision once it made one:
/// <paramref name="Selected"/> null while it waits. <paramref name="Name"/> says it in one phrase.
/// </summary>
public sealed record UpwardStatus(bool Reported, DateTimeOffset? ReportedAt, bool? Selected, string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt, string Name)
{
    /// <summary>
    /// The decisions further up as the parent forwarded it (省、市、县三级: the province's, after the city reported it on), one
    /// line each (“省委：入选”), lowest first; empty until the parent forwards it.
    /// </summary>
    public IReadOnlyList<string> Above { get; init; } = [];
}

/// <summary>A level's decision: the committee (<paramref name="OrganizationId"/>), commended or not (a reason required; commended by default), its day.</summary>
public sealed record LevelCommendInput(long? OrganizationId, bool? Commended = true, string? Reason = null, DateOnly? DecidedOn = null);

/// <summary>The parent jurisdiction's decision on a nomination reported to it: selected, or not with a reason.</summary>
public sealed record ReportedDecisionInput(bool? Selected, string? Reason);

/// <summary>
/// A nomination a child jurisdiction reported to this one, as its office sees it: only what the nominations block carries
/// across (category, nominee, reason, the days of the steps as recorded) and this office's decision.
/// </summary>
public sealed record ReportedRow(int FromJurisdictionId, string From, long NominationId, NominationCategory Category, string CategoryName, string NomineeName, string Reason,
    DateOnly ApprovedOn, DateTimeOffset? ReportedAt, bool? Selected, string? DecisionReason, string? DecidedBy, DateTimeOffset? DecidedAt, string DecisionName)
{
    /// <summary>Where a forwarded nomination began (the county, when the city reported it on to the province); null when the child nominated it.</summary>
    public string? OriginFrom { get; init; }
    /// <summary>Whether this office reported it on to its own parent (上报省) with its decision.</summary>
    public bool Forwarded { get; init; }
    /// <summary>Once forwarded: the parent's decision in one phrase (待上级评定, 上级表彰（入选）, 上级未入选), with its reason.</summary>
    public string? AboveName { get; init; }
    public string? AboveReason { get; init; }
}

/// <summary>
/// The 七一 commendation's nominations, for the API, the page and the demo. Each step is dated: the
/// day given (a step recorded afterwards, like a meeting's day) or today. The day must lie within the
/// campaign, not after today, not before the previous step, and before 七一 (on or before the day
/// before commendation.before) — the cut-off compares that day, not when it was recorded.
/// </summary>
public sealed class CommendationService(INominations nominations, IRoster roster, CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user,
    CountyCampaign campaign, PartySpiritService partySpirit)
{
    public async Task<Result<NominationRow>> NominateAsync(NominateInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var on = input.NominatedOn ?? campaign.Today;
        if (CommendationRule.DayRefused(on, "nominatedOn", rules.Stages[0].Start, new("活动开始", "the campaign's start"), campaign.Today, rules) is { } refused) return refused;
        if (input.Category is not { } category || !CommendationRule.IsCommended(category))
            return Refuse.Field("category", Text.Of("请选择表彰类别：先进基层党组织、优秀共产党员或优秀党务工作者。", "Choose the category: advanced organization, excellent member or excellent party worker."));
        var tree = await directory.TreeAsync(ct);
        if (input.StartOrganizationId is not { } start || tree.Find(start) is null)
            return Refuse.Field("startOrganizationId", Text.Of("请选择推荐单位。", "Choose the nominating organization."));
        if (!await user.ManagesOrganizationAsync(start, ct)) return Refuse.Forbidden(Text.Of("只能由本组织或上级推荐。", "Only the organization or one above it nominates."));
        if (Entered.Text(input.Reason) is not { } reason) return Refuse.Field("reason", Text.Of("请填写推荐理由（主要事迹）。", "Give the reason (the main deeds)."));
        if (input.NomineeId is not { } nomineeId) return Refuse.Field("nomineeId", Text.Of("请选择推荐对象。", "Choose the nominee."));
        string name;
        if (category == NominationCategory.AdvancedOrganization)
        {
            if (!tree.IsWithin(nomineeId, start) || tree.Find(nomineeId) is not { } organization)
                return Refuse.Field("nomineeId", Text.Of("推荐的党组织须是推荐单位本身或其下级。", "The organization nominated is the nominating one or under it."));
            name = organization.Name;
        }
        else
        {
            if (await roster.FindAsync(nomineeId, ct) is not { } person || !tree.IsWithin(person.OrganizationId, start))
                return Refuse.Field("nomineeId", Text.Of("推荐的党员须属于推荐单位。", "The member nominated belongs to the nominating organization."));
            name = person.Name;
        }
        var period = CommendationRule.PeriodKey(rules);
        var duplicate = (await nominations.ListAsync(pluginId: CountyStartup.PluginId, cancellationToken: ct))
            .Any(n => n.Kind == CommendationFeature.Kind.Kind && n.Category == category && n.NomineeId == nomineeId && n.PeriodKey == period && n.Status != NominationStatus.Dropped);
        if (duplicate) return Refuse.Field("nomineeId", Text.Of("该对象已在本类别推荐中。", "The nominee is already nominated in this category."));
        return await DatedAsync(await nominations.NominateAsync(new NominationInput(CommendationFeature.Kind, category, period, nomineeId, name, reason, start), ct), on, ct);
    }

    public Task<Result<NominationRow>> EndorseAsync(long id, StepInput input, CancellationToken ct) =>
        StepAsync(id, input, n => nominations.EndorseAsync(n.Id, Entered.Text(input.Reason), ct), ct);

    public async Task<Result<NominationRow>> DropAsync(long id, StepInput input, CancellationToken ct) =>
        Entered.Text(input.Reason) is not { } reason ? Refuse.Field("reason", Text.Of("不予推荐时请说明理由。", "Say why the nomination is dropped."))
        : await StepAsync(id, input, n => nominations.DropAsync(n.Id, reason, ct), ct);

    /// <summary>The county's approval (its commendation); an 优秀共产党员 needs the public's recognition of <c>commendation.minRecognition</c> (0: none).</summary>
    public Task<Result<NominationRow>> ApproveAsync(long id, StepInput input, CancellationToken ct) =>
        StepAsync(id, input, async n =>
        {
            var rules = await campaign.RulesAsync(ct);
            if (n.Category == NominationCategory.ExcellentMember && rules.MinRecognition > 0
                && RecognitionRule.Refused((await RecognitionsAsync(ct)).GetValueOrDefault(n.NomineeId, NoAnswers), rules.MinRecognition) is { } unrecognized)
                return unrecognized;
            return await nominations.ApproveAsync(n.Id, Entered.Text(input.Reason), ct);
        }, ct);

    private static readonly RecognitionRule.Recognition NoAnswers = new(0, 0);

    /// <summary>
    /// 各级党组织也要表彰: a committee below the county commends (or declines to commend) within its own level a nomination that
    /// reached it (<see cref="CommendationRule.LevelRefused"/>), dated like a step (before 七一, not before the nomination); once
    /// per nomination and level (409 after). Whoever manages the committee decides.
    /// </summary>
    public async Task<Result<NominationRow>> CommendAtLevelAsync(long id, LevelCommendInput input, CancellationToken ct)
    {
        var n = await FindOursAsync(id, ct);
        if (n is null) return NoSuchNomination;
        var tree = await directory.TreeAsync(ct);
        if (input.OrganizationId is not { } level || tree.Find(level) is not { } organization)
            return Refuse.Field("organizationId", Text.Of("请选择作出表彰的党委。", "Choose the committee that commends."));
        if (!await user.ManagesOrganizationAsync(level, ct)) return Refuse.Forbidden(Text.Of("只能由本级党委（或上级）作出本级表彰。", "Only the committee itself (or a level above) commends at its level."));
        var isCounty = Nominations.IsApprovingLevel(organization);
        if (CommendationRule.LevelRefused(n, level, tree.ChildrenOf(level).Any(), isCounty) is { } refused) return refused;
        var commended = input.Commended ?? true;
        var reason = Entered.Text(input.Reason);
        if (!commended && reason is null) return Refuse.Field("reason", Text.Of("不予表彰时请说明理由。", "Say why it is not commended."));
        if (reason is not null && Limits.TooLong(reason, Limits.Note) is { } tooLong) return Refuse.Field("reason", tooLong);
        var rules = await campaign.RulesAsync(ct);
        var on = input.DecidedOn ?? campaign.Today;
        var nominatedOn = (await db.NominationDays.SingleOrDefaultAsync(d => d.NominationId == id && d.Sequence == 1, ct))?.Day ?? campaign.LocalDay(n.Steps[0].At);
        if (CommendationRule.DayRefused(on, "decidedOn", nominatedOn, new("推荐日期", "the nomination"), campaign.Today, rules) is { } late) return late;
        if (await db.LevelCommendations.AnyAsync(c => c.NominationId == id && c.OrganizationId == level, ct)) return AlreadyDecided;
        db.LevelCommendations.Add(new LevelCommendation
        {
            NominationId = id, OrganizationId = level, Commended = commended, DecidedOn = on, Reason = reason, DecidedBy = user.DisplayName, RecordedAt = campaign.Now,
        });
        if (!await db.TrySaveAsync(ct)) return AlreadyDecided; // the same level decided it at the same moment: the key keeps the first
        return Result.Ok(await RowAsync(n, ct));
    }

    private static Refusal AlreadyDecided => Refuse.Conflict(Text.Of("本级已对该推荐作出表彰决定。", "This level has decided on the nomination already."));

    /// <summary>
    /// 上报 (省、市、县三级): the county office reports an approved nomination to the parent jurisdiction (XX县 → XX市) through the
    /// nominations block; only an approved one, once, and only where there is a parent (400 <c>status</c> / <c>jurisdiction</c>).
    /// </summary>
    public async Task<Result<NominationRow>> ReportUpAsync(long id, CancellationToken ct)
    {
        var n = await FindOursAsync(id, ct);
        if (n is null) return NoSuchNomination;
        if (!user.IsJurisdictionAdmin) return Refuse.Forbidden(Text.Of("由县创先争优活动办公室上报上级。", "The county office reports to the level above."));
        var reported = await nominations.ReportToParentAsync(id, ct);
        return reported.Succeeded ? Result.Ok(await RowAsync(reported.Value!, ct)) : Refuse.As(reported);
    }

    /// <summary>What child jurisdictions reported to this one (市: what its counties reported), read by its office alone.</summary>
    public async Task<Result<IReadOnlyList<ReportedRow>>> ReportedToUsAsync(CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return NotTheOffice;
        var rows = new List<ReportedRow>();
        foreach (var n in await ReportedAsync(ct)) rows.Add(await ReportedRowAsync(n, ct));
        return Result.Ok<IReadOnlyList<ReportedRow>>(rows);
    }

    /// <summary>
    /// 上报省 (省、市、县三级): this office selects a nomination a child reported and reports it on to its own parent (XX市 → the
    /// province) in one step of the nominations block — the decision and the forward together or neither (404 not reported here,
    /// 400 <c>jurisdiction</c> without a parent, 409 decided or forwarded already). The child sees the province's decision.
    /// </summary>
    public async Task<Result<ReportedRow>> ForwardReportedAsync(int from, long id, ReportedDecisionInput input, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return NotTheOffice;
        if (!(await ReportedAsync(ct)).Any(n => n.JurisdictionId == from && n.Id == id))
            return Refuse.NotFound(Text.Of("没有上报到本级的这项推荐。", "No such nomination reported here."));
        if (input.Selected is false) return Refuse.Field("selected", Text.Of("未入选的推荐不能上报上级。", "Only a selected nomination is reported up."));
        var forwarded = await nominations.ForwardReportedAsync(from, id, new ForwardInput(true, Reason: Entered.Text(input.Reason)), ct);
        return forwarded.Succeeded ? Result.Ok(await ReportedRowAsync(forwarded.Value!, ct)) : Refuse.As(forwarded);
    }

    /// <summary>The office decides a reported nomination once: selected, or not with a reason (409 after; 404 for one not reported here).</summary>
    public async Task<Result<ReportedRow>> DecideReportedAsync(int from, long id, ReportedDecisionInput input, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return NotTheOffice;
        if (!(await ReportedAsync(ct)).Any(n => n.JurisdictionId == from && n.Id == id))
            return Refuse.NotFound(Text.Of("没有上报到本级的这项推荐。", "No such nomination reported here."));
        if (input.Selected is not { } selected) return Refuse.Field("selected", Text.Of("请选择是否入选。", "Choose selected or not."));
        var decided = await nominations.DecideReportedAsync(from, id, selected, Entered.Text(input.Reason), ct);
        return decided.Succeeded ? Result.Ok(await ReportedRowAsync(decided.Value!, ct)) : Refuse.As(decided);
    }

    private static Refusal NotTheOffice => Refuse.Forbidden(Text.Of("上报到本级的推荐由本级创先争优活动办公室评定。", "The office decides the nominations reported here."));

    private async Task<IReadOnlyList<NominationInfo>> ReportedAsync(CancellationToken ct) =>
        [.. (await nominations.ReportedToUsAsync(CountyStartup.PluginId, ct)).Where(n => n.Kind == CommendationFeature.Kind.Kind)];

    private async Task<ReportedRow> ReportedRowAsync(NominationInfo n, CancellationToken ct)
    {
        var decision = n.ParentDecision;
        var approved = n.Steps.LastOrDefault(s => s.Decision == NominationDecision.Approved)?.At ?? n.Steps[^1].At;
        // Forwarded: the parent's decision on this office's forward (its own nomination, named on the decision).
        var forward = decision?.ForwardedAsNominationId is { } forwardId ? await nominations.FindAsync(forwardId, ct) : null;
        return new ReportedRow(n.JurisdictionId, n.JurisdictionName ?? $"#{n.JurisdictionId}", n.Id, n.Category, CommendationRule.CategoryName(n.Category).ToString(), n.NomineeName, n.Reason,
            campaign.LocalDay(approved), n.ReportedAt, decision?.Selected, decision?.Reason, decision?.Actor, decision?.At,
            (decision is null ? new LocalizedText("待评定", "To decide") : decision.Forwarded ? new("入选并上报上级", "Selected and reported up")
                : decision.Selected ? new("入选", "Selected") : new LocalizedText("未入选", "Not selected")).ToString())
        {
            OriginFrom = n.OriginJurisdictionName, Forwarded = decision?.Forwarded == true,
            AboveName = forward is null ? null : CommendationRule.UpwardName(forward).ToString(), AboveReason = forward?.ParentDecision?.Reason,
        };
    }

    private async Task<NominationInfo?> FindOursAsync(long id, CancellationToken ct) =>
        await nominations.FindAsync(id, ct) is { } n && n.PluginId == CountyStartup.PluginId && n.Kind == CommendationFeature.Kind.Kind ? n : null;

    private static Refusal NoSuchNomination => Refuse.NotFound(Text.Of("未找到该推荐。", "No such nomination."));

    /// <summary>
    /// 群众公认度 of the members whose evaluation the caller may read (<see cref="PartySpiritService.EvaluationResultsAsync"/>:
    /// the year's rounds), by person: favourable answers (优秀、合格) of all.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, RecognitionRule.Recognition>> RecognitionsAsync(CancellationToken ct)
    {
        var tallies = new Dictionary<long, RecognitionRule.Recognition>();
        foreach (var result in await partySpirit.EvaluationResultsAsync(ct))
        {
            if (PartySpiritRule.PersonOf(result.SubjectKey) is not { } person) continue;
            var question = result.Questions.FirstOrDefault(q => q.QuestionKey == PartySpiritFeature.EvaluationQuestion);
            if (question is null) continue;
            var favourable = question.Distribution.Where(o => RecognitionRule.FavourableOptions.Contains(o.OptionKey)).Sum(o => o.Count);
            var before = tallies.GetValueOrDefault(person, NoAnswers);
            tallies[person] = new(before.Favourable + favourable, before.Answers + question.Responses);
        }
        return tallies;
    }

    /// <summary>The nominations the caller may see: those at or from the levels they serve, and every approved one (the list is public).</summary>
    public async Task<IReadOnlyList<NominationRow>> RowsAsync(NominationStatus? status, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var all = await nominations.ListAsync(pluginId: CountyStartup.PluginId, status: status, cancellationToken: ct);
        var days = (await db.NominationDays.ToListAsync(ct)).ToLookup(d => d.NominationId);
        var levels = (await db.LevelCommendations.ToListAsync(ct)).ToLookup(c => c.NominationId);
        var shown = all.Where(n => n.Kind == CommendationFeature.Kind.Kind && (visible.Contains(n.CurrentOrganizationId) || visible.Contains(n.StartOrganizationId) || n.Status == NominationStatus.Approved)).ToList();
        var recognitions = shown.Any(n => n.Category == NominationCategory.ExcellentMember) ? await RecognitionsAsync(ct) : new Dictionary<long, RecognitionRule.Recognition>();
        var rows = new List<NominationRow>();
        foreach (var n in shown)
            rows.Add(RowOf(n, days[n.Id], levels[n.Id], await RecognitionOfAsync(n, recognitions, ct), tree));
        return rows;
    }

    /// <summary>The member's recognition for one who may read their evaluation (a member nobody evaluated: 0 of 0); null otherwise.</summary>
    private async Task<RecognitionRule.Recognition?> RecognitionOfAsync(NominationInfo n, IReadOnlyDictionary<long, RecognitionRule.Recognition> recognitions, CancellationToken ct) =>
        n.Category != NominationCategory.ExcellentMember ? null
        : recognitions.TryGetValue(n.NomineeId, out var r) ? r
        : await user.MayReadPersonAsync(n.NomineeId, ct) ? NoAnswers : null;

    private async Task<NominationRow> RowAsync(NominationInfo n, CancellationToken ct) =>
        RowOf(n, await db.NominationDays.Where(d => d.NominationId == n.Id).ToListAsync(ct), await db.LevelCommendations.Where(c => c.NominationId == n.Id).ToListAsync(ct),
            await RecognitionOfAsync(n, n.Category == NominationCategory.ExcellentMember ? await RecognitionsAsync(ct) : new Dictionary<long, RecognitionRule.Recognition>(), ct),
            await directory.TreeAsync(ct));

    /// <summary>A step is taken by whoever manages the level the nomination is waiting at (the county office anywhere), dated no earlier than the step before.</summary>
    private async Task<Result<NominationRow>> StepAsync(long id, StepInput input, Func<NominationInfo, Task<Result<NominationInfo>>> step, CancellationToken ct)
    {
        var n = await FindOursAsync(id, ct);
        if (n is null) return NoSuchNomination;
        if (!await user.ManagesOrganizationAsync(n.CurrentOrganizationId, ct))
            return Refuse.Forbidden(Text.Of("该推荐不在您所管理的层级。", "The nomination waits at a level you do not manage."));
        var rules = await campaign.RulesAsync(ct);
        var last = n.Steps.MaxBy(s => s.Sequence)!;
        var previous = (await db.NominationDays.SingleOrDefaultAsync(d => d.NominationId == id && d.Sequence == last.Sequence, ct))?.Day ?? campaign.LocalDay(last.At);
        var on = input.DecidedOn ?? campaign.Today;
        if (CommendationRule.DayRefused(on, "decidedOn", previous, new("上一步", "the step before"), campaign.Today, rules) is { } refused) return refused;
        return await DatedAsync(await step(n), on, ct);
    }

    /// <summary>Keeps the day of the step just taken beside the block's record of it.</summary>
    private async Task<Result<NominationRow>> DatedAsync(Result<NominationInfo> result, DateOnly on, CancellationToken ct)
    {
        if (!result.Succeeded) return Refuse.As(result);
        var n = result.Value!;
        db.NominationDays.Add(new NominationDay { NominationId = n.Id, Sequence = n.Steps.Max(s => s.Sequence), Day = on });
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Ok(await RowAsync(n, ct));
    }

    private NominationRow RowOf(NominationInfo n, IEnumerable<NominationDay> days, IEnumerable<LevelCommendation> levels, RecognitionRule.Recognition? recognition, OrganizationTree tree)
    {
        var on = days.ToDictionary(d => d.Sequence, d => d.Day);
        var steps = n.Steps.Select(s => new NominationStep(s.Sequence, s.OrganizationId, s.Decision, s.Reason, s.Actor,
            on.TryGetValue(s.Sequence, out var day) ? day : campaign.LocalDay(s.At), s.At)).ToList();
        return new(n.Id, n.Category, CommendationRule.CategoryName(n.Category).ToString(), n.NomineeId, n.NomineeName,
            n.StartOrganizationId, tree.Find(n.StartOrganizationId)?.Name ?? "",
            n.CurrentOrganizationId, tree.Find(n.CurrentOrganizationId)?.Name ?? "",
            n.Status, CommendationRule.StatusName(n.Status).ToString(), steps[0].On, steps,
            [.. levels.OrderBy(c => c.DecidedOn).ThenBy(c => c.OrganizationId).Select(c => new LevelCommendationView(c.OrganizationId, tree.Find(c.OrganizationId)?.Name ?? "",
                c.Commended, CommendationRule.LevelDecisionName(c.Commended).ToString(), c.DecidedOn, c.Reason, c.DecidedBy))],
            recognition,
            new UpwardStatus(n.ReportedToJurisdictionId is not null, n.ReportedAt, n.ParentDecision?.Selected, n.ParentDecision?.Reason, n.ParentDecision?.Actor,
                n.ParentDecision?.At, CommendationRule.UpwardName(n).ToString())
            { Above = [.. n.DecisionsAbove.Select(CommendationRule.AboveLine)] });
    }
}
