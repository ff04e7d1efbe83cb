using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Systems;

public sealed record GoalInput(long? UnitId, int? Year, string? Goal, string? Target, int? Version = null);
public sealed record CaseInput(long? UnitId, long? PersonId, string? Problem, string? Action, DateOnly? Day, int? Version = null);
public sealed record AnalysisInput(long? UnitId, string? Period, DateOnly? Day, string? Body, int? Version = null);
/// <summary>A notice: <paramref name="TownId"/> null for the banner office's (to every unit), else the sumu/town's (to its gacha and communities).</summary>
public sealed record NoticeInput(long? TownId, string? Title, string? Body, DateOnly? Day);
public sealed record NoticeReadInput(long? UnitId);

/// <summary>The columns the notices list sorts by.</summary>
public enum NoticeSort { Day, Title }

/// <summary>The notices list's filters (a month <c>yyyy-MM</c>; only those a unit the caller sees has not read) and order.</summary>
public sealed record NoticeQuery(string? Month = null, bool Unread = false, NoticeSort Sort = NoticeSort.Day, bool Desc = true);
public sealed record AssessmentInput(long? UnitId, int? Year, int? Score, string? Comment, int? Version = null);

public sealed record GoalView(long Id, long UnitId, string Unit, int Year, string Goal, string Target, string? RecordedBy, int Version);
public sealed record CaseView(long Id, long UnitId, string Unit, long? PersonId, string? Person, string Problem, string Action, DateOnly Day, string? RecordedBy, int Version);
public sealed record AnalysisView(long Id, long UnitId, string Unit, string Period, DateOnly Day, string Body, string? RecordedBy, int Version);
public sealed record ReceiptView(long UnitId, string Unit, DateOnly? ReadOn, string? ReadBy);
/// <summary>A notice with the receipts of the addressed units the caller sees (all of them for its issuer).</summary>
public sealed record NoticeView(long Id, long? IssuerTownId, string Issuer, string Title, string Body, DateOnly IssuedOn, string? IssuedBy,
    int Addressed, int Read, IReadOnlyList<ReceiptView> Receipts, int Version);
public sealed record AssessmentView(long Id, long UnitId, string Unit, string KindName, string? Town, int Year, int Score, int MaxScore, string? Comment,
    DateOnly AssessedOn, string? AssessedBy, int Rank, int Version);
/// <summary>A unit's five systems for a year: which of the four required are in place, and its accountability cases.</summary>
public sealed record UnitSystems(long UnitId, string Unit, string KindName, string? Town, int Goals, int Cases, int Analyses, int NoticesAddressed, int NoticesRead,
    int? Score, int InPlace)
{
    public bool HasGoals => Goals > 0;
    public bool HasAnalysis => Analyses > 0;
    public bool ReadAll => NoticesRead >= NoticesAddressed;
    public bool Assessed => Score is not null;
}

/// <summary>
/// 二(五) 基层党建五项制度: goals, accountability cases and analyses recorded by a unit (its officers, those above it, the
/// office); notices issued by the office to every unit or by a sumu/town to its gacha and communities, each addressed unit
/// marking it read and the issuer seeing who read; assessments by the level above or the office, 0..full marks, ranked.
/// </summary>
public sealed class SystemsService(BannerThirdBatchDbContext db, ThirdBatchUnits units, BannerThirdBatchCampaign campaign, ICurrentUser user, PersonPicks picks)
{
    public static string NoRow(string what, long id) => Text.Of($"没有编号为 {id} 的{what}。", $"There is no {what} {id}.");
    private static string OnlyIssuer => Text.Of("旗领导小组办公室向全旗参学单位、苏木镇向所属嘎查社区发布通报。",
        "The banner office issues notices to every unit, a sumu/town to its gacha and communities.");
    private static string OnlyAbove => Text.Of("只有上级党组织或旗领导小组办公室可以考核。", "Only the level above or the banner office assesses a unit.");

    private async Task<Dictionary<long, Unit>> SeenAsync(CancellationToken ct) => (await units.SeenAsync(ct)).ToDictionary(u => u.Id);

    private static Dictionary<string, string[]> Errors() => [];

    private static void Need(Dictionary<string, string[]> errors, string field, string? text, int max, LocalizedText missing)
    {
        if (text is null) errors[field] = [missing.ToString()];
        else if (Limits.TooLong(text, max) is { } tooLong) errors[field] = [tooLong];
    }

    private void Day(Dictionary<string, string[]> errors, string field, DateOnly? day)
    {
        if (day is not { } d) errors[field] = [Text.Of("请填写日期。", "Give the day.")];
        else if (Limits.DateProblem(d) is { } problem) errors[field] = [problem];
        else if (d > campaign.Today) errors[field] = [Text.Of("日期不能晚于今天。", "The day cannot be in the future.")];
    }

    // ---- 目标 ----

    public async Task<IReadOnlyList<GoalView>> GoalsAsync(long? unitId, int? year, CancellationToken ct)
    {
        var seen = await SeenAsync(ct);
        var rows = await db.UnitGoals.Where(g => (unitId == null || g.UnitId == unitId) && (year == null || g.Year == year)).OrderBy(g => g.Year).ThenBy(g => g.Id).ToListAsync(ct);
        return [.. rows.Where(g => seen.ContainsKey(g.UnitId)).Select(g => GoalOf(g, seen[g.UnitId].Name))];
    }

    /// <summary>A goal line (id null) or a change of one read at its version.</summary>
    public async Task<Result<GoalView>> SaveGoalAsync(long? id, GoalInput input, CancellationToken ct)
    {
        var found = id is { } i ? await db.UnitGoals.AsTracking().SingleOrDefaultAsync(g => g.Id == i, ct) : null;
        if (id is not null && (found is null || await units.ReadableAsync(found.UnitId, ct) is null)) return Refuse.NotFound(NoRow(Text.Of("目标", "goal"), id.Value));
        var unit = await units.ForWorkAsync(input.UnitId ?? found?.UnitId, "unitId", ct);
        if (!unit.Succeeded) return Refuse.As(unit);
        var errors = Errors();
        var year = input.Year ?? campaign.Today.Year;
        if (!Limits.IsWithinYears(year)) errors["year"] = [Limits.DateOutOfRange];
        Need(errors, "goal", Entered.Text(input.Goal), Limits.Line, new("请填写目标内容。", "Give the goal."));
        Need(errors, "target", Entered.Text(input.Target), Limits.Line, new("请填写目标值。", "Give the target."));
        if (errors.Count > 0) return Refuse.Fields(errors);
        var row = db.UnitGoals.Edit(found, id is null ? null : input.Version ?? -1, () => new UnitGoal());
        if (row is null) return Refuse.Conflict();
        (row.UnitId, row.Year, row.Goal, row.Target, row.RecordedBy, row.RecordedAt) = (unit.Value!.Id, year, Entered.Text(input.Goal)!, Entered.Text(input.Target)!, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = GoalOf(row, unit.Value.Name);
        return id is null ? Result.Created($"systems/goals/{row.Id}", view) : Result.Ok(view);
    }

    // ---- 问责 ----

    public async Task<IReadOnlyList<CaseView>> CasesAsync(long? unitId, CancellationToken ct)
    {
        var seen = await SeenAsync(ct);
        var rows = await db.AccountabilityCases.Where(c => unitId == null || c.UnitId == unitId).OrderBy(c => c.DecidedOn).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. rows.Where(c => seen.ContainsKey(c.UnitId)).Select(c => CaseOf(c, seen[c.UnitId].Name))];
    }

    public async Task<Result<CaseView>> SaveCaseAsync(long? id, CaseInput input, CancellationToken ct)
    {
        var found = id is { } i ? await db.AccountabilityCases.AsTracking().SingleOrDefaultAsync(c => c.Id == i, ct) : null;
        if (id is not null && (found is null || await units.ReadableAsync(found.UnitId, ct) is null)) return Refuse.NotFound(NoRow(Text.Of("问责事项", "accountability case"), id.Value));
        var unit = await units.ForWorkAsync(input.UnitId ?? found?.UnitId, "unitId", ct);
        if (!unit.Succeeded) return Refuse.As(unit);
        var errors = Errors();
        PersonInfo? person = null;
        if (input.PersonId is { } personId)
        {
            var (picked, problem) = await picks.OfUnitAsync(personId, unit.Value!, ct);
            if (problem is not null) errors["personId"] = [problem];
            person = picked;
        }
        Need(errors, "problem", Entered.Text(input.Problem), Limits.Note, new("请填写问责事由。", "Say what went wrong."));
        Need(errors, "action", Entered.Text(input.Action), Limits.Note, new("请填写处理结果。", "Say what action was taken."));
        Day(errors, "day", input.Day);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var row = db.AccountabilityCases.Edit(found, id is null ? null : input.Version ?? -1, () => new AccountabilityCase());
        if (row is null) return Refuse.Conflict();
        (row.UnitId, row.PersonId, row.Person, row.Problem, row.Action, row.DecidedOn, row.RecordedBy, row.RecordedAt) =
            (unit.Value!.Id, person?.Id, person?.Name, Entered.Text(input.Problem)!, Entered.Text(input.Action)!, input.Day!.Value, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = CaseOf(row, unit.Value.Name);
        return id is null ? Result.Created($"systems/cases/{row.Id}", view) : Result.Ok(view);
    }

    // ---- 分析 ----

    public async Task<IReadOnlyList<AnalysisView>> AnalysesAsync(long? unitId, CancellationToken ct)
    {
        var seen = await SeenAsync(ct);
        var rows = await db.UnitAnalyses.Where(a => unitId == null || a.UnitId == unitId).OrderBy(a => a.HeldOn).ThenBy(a => a.Id).ToListAsync(ct);
        return [.. rows.Where(a => seen.ContainsKey(a.UnitId)).Select(a => AnalysisOf(a, seen[a.UnitId].Name))];
    }

    public async Task<Result<AnalysisView>> SaveAnalysisAsync(long? id, AnalysisInput input, CancellationToken ct)
    {
        var found = id is { } i ? await db.UnitAnalyses.AsTracking().SingleOrDefaultAsync(a => a.Id == i, ct) : null;
        if (id is not null && (found is null || await units.ReadableAsync(found.UnitId, ct) is null)) return Refuse.NotFound(NoRow(Text.Of("党建分析", "analysis"), id.Value));
        var unit = await units.ForWorkAsync(input.UnitId ?? found?.UnitId, "unitId", ct);
        if (!unit.Succeeded) return Refuse.As(unit);
        var errors = Errors();
        Need(errors, "period", Entered.Text(input.Period), Limits.Line, new("请填写分析所属时段（如“2026年第一季度”）。", "Give the period (e.g. “2026 Q1”)."));
        Need(errors, "body", Entered.Text(input.Body), Limits.Body, new("请填写分析内容。", "Write the analysis."));
        Day(errors, "day", input.Day);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var row = db.UnitAnalyses.Edit(found, id is null ? null : input.Version ?? -1, () => new UnitAnalysis());
        if (row is null) return Refuse.Conflict();
        (row.UnitId, row.Period, row.HeldOn, row.Body, row.RecordedBy, row.RecordedAt) =
            (unit.Value!.Id, Entered.Text(input.Period)!, input.Day!.Value, Entered.Text(input.Body)!, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = AnalysisOf(row, unit.Value.Name);
        return id is null ? Result.Created($"systems/analyses/{row.Id}", view) : Result.Ok(view);
    }

    // ---- 通报 ----

    /// <summary>The notices the caller issued or whose addressed units they see, newest first.</summary>
    public async Task<IReadOnlyList<NoticeView>> NoticesAsync(CancellationToken ct)
    {
        var notices = await db.Notices.OrderByDescending(n => n.IssuedOn).ThenByDescending(n => n.Id).ToListAsync(ct);
        var addressees = (await db.NoticeAddressees.ToListAsync(ct)).ToLookup(a => a.NoticeId);
        var seen = await SeenAsync(ct);
        var views = new List<NoticeView>();
        foreach (var n in notices)
            if (await ViewOfAsync(n, [.. addressees[n.Id]], seen, ct) is { } view) views.Add(view);
        return views;
    }

    /// <summary>
    /// One page of the notices the caller issued or whose addressed units they see, newest first (or oldest, or by title), filtered
    /// by month and to those some unit the caller sees has not read yet; in the database. A month that is not one is refused by field.
    /// </summary>
    public async Task<Result<ListPage<NoticeView>>> NoticesPageAsync(NoticeQuery query, PageRequest page, CancellationToken ct)
    {
        if (!Listing.TryMonth(query.Month, out var month)) return Refuse.Field("month", Listing.BadMonth(query.Month));
        var seen = await SeenAsync(ct);
        var seenIds = seen.Keys.ToList();
        var towns = new List<long>();
        foreach (var u in seen.Values.Where(u => u.Kind == UnitKind.Town))
            if (await units.MayActForAsync(u.Id, ct)) towns.Add(u.Id);
        var office = units.IsOffice;
        var rows = db.Notices.AsNoTracking().Where(n => (n.IssuerTownId == null ? office : towns.Contains(n.IssuerTownId.Value))
            || db.NoticeAddressees.Any(a => a.NoticeId == n.Id && seenIds.Contains(a.UnitId)));
        if (month is { } m) rows = rows.Where(n => n.IssuedOn >= m.From && n.IssuedOn <= m.To);
        if (query.Unread) rows = rows.Where(n => db.NoticeAddressees.Any(a => a.NoticeId == n.Id && seenIds.Contains(a.UnitId) && a.ReadAt == null));
        var ordered = (query.Sort, query.Desc) switch
        {
            (NoticeSort.Title, false) => rows.OrderBy(n => n.Title).ThenByDescending(n => n.IssuedOn),
            (NoticeSort.Title, true) => rows.OrderByDescending(n => n.Title).ThenByDescending(n => n.IssuedOn),
            (_, false) => rows.OrderBy(n => n.IssuedOn),
            _ => rows.OrderByDescending(n => n.IssuedOn),
        };
        var found = await ordered.ThenByDescending(n => n.Id).ToListPageAsync(page, ct);
        var ids = found.Items.Select(n => n.Id).ToList();
        var addressees = (await db.NoticeAddressees.AsNoTracking().Where(a => ids.Contains(a.NoticeId)).ToListAsync(ct)).ToLookup(a => a.NoticeId);
        var views = new List<NoticeView>();
        foreach (var n in found.Items)
            if (await ViewOfAsync(n, [.. addressees[n.Id]], seen, ct) is { } view) views.Add(view);
        return Result.Ok(new ListPage<NoticeView>(views, found.Total, found.Page, found.PageSize));
    }

    public async Task<Result<NoticeView>> NoticeAsync(long id, CancellationToken ct) =>
        await db.Notices.SingleOrDefaultAsync(n => n.Id == id, ct) is { } n
        && await ViewOfAsync(n, await db.NoticeAddressees.Where(a => a.NoticeId == id).ToListAsync(ct), await SeenAsync(ct), ct) is { } view
            ? Result.Ok(view) : Refuse.NotFound(NoRow(Text.Of("通报", "notice"), id));

    /// <summary>Issues a notice: the office to every unit, a sumu/town (its officers, or the office for it) to its gacha and communities.</summary>
    public async Task<Result<NoticeView>> IssueAsync(NoticeInput input, CancellationToken ct)
    {
        IReadOnlyList<Unit> to;
        if (input.TownId is { } townId)
        {
            if (await units.ReadableAsync(townId, ct) is not { Kind: UnitKind.Town } town) return Refuse.Field("townId", ThirdBatchUnits.NoUnit(townId));
            if (!await units.MayActForAsync(town.Id, ct)) return Refuse.Forbidden(OnlyIssuer);
            to = await units.OfTownAsync(town.Id, ct);
            if (to.Count == 0) return Refuse.Field("townId", Text.Of($"{town.Name}没有所属嘎查、社区。", $"{town.Name} has no gacha or community."));
        }
        else
        {
            if (!units.IsOffice) return Refuse.Forbidden(OnlyIssuer);
            to = await units.AllAsync(ct);
        }
        var errors = Errors();
        Need(errors, "title", Entered.Text(input.Title), Limits.Line, new("请填写通报标题。", "Give the title."));
        Need(errors, "body", Entered.Text(input.Body), Limits.Body, new("请填写通报内容。", "Write the notice."));
        Day(errors, "day", input.Day);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var notice = new Notice
        {
            IssuerTownId = input.TownId, Title = Entered.Text(input.Title)!, Body = Entered.Text(input.Body)!, IssuedOn = input.Day!.Value,
            IssuedBy = user.DisplayName, IssuedAt = campaign.Now, Version = 1,
        };
        db.Notices.Add(notice);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        db.NoticeAddressees.AddRange(to.Select(u => new NoticeAddressee { NoticeId = notice.Id, UnitId = u.Id }));
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created($"systems/notices/{notice.Id}", (await NoticeAsync(notice.Id, ct)).Value!);
    }

    /// <summary>An addressed unit (its officers, those above it or the office) marks the notice read; once is enough (again changes nothing).</summary>
    public async Task<Result<NoticeView>> MarkReadAsync(long id, NoticeReadInput input, CancellationToken ct)
    {
        var notice = await NoticeAsync(id, ct);
        if (!notice.Succeeded) return notice;
        if (input.UnitId is not { } unitId) return Refuse.Field("unitId", Text.Of("请选择阅知的参学单位。", "Choose the unit that read it."));
        if (await db.NoticeAddressees.AsTracking().SingleOrDefaultAsync(a => a.NoticeId == id && a.UnitId == unitId, ct) is not { } row
            || await units.ReadableAsync(unitId, ct) is null)
            return Refuse.Field("unitId", Text.Of("该通报未发给这个单位。", "The notice is not addressed to this unit."));
        if (!await units.MayActForAsync(unitId, ct)) return Refuse.Forbidden(ThirdBatchUnits.OnlyTheUnit);
        if (row.ReadAt is null)
        {
            (row.ReadAt, row.ReadBy) = (campaign.Now, user.DisplayName);
            if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        }
        return await NoticeAsync(id, ct);
    }

    private async Task<NoticeView?> ViewOfAsync(Notice n, IReadOnlyList<NoticeAddressee> addressees, Dictionary<long, Unit> seen, CancellationToken ct)
    {
        var issuer = n.IssuerTownId is { } town ? await units.MayActForAsync(town, ct) : units.IsOffice;
        var mine = addressees.Where(a => seen.ContainsKey(a.UnitId)).ToList();
        if (!issuer && mine.Count == 0) return null;
        var receipts = mine.Select(a => new ReceiptView(a.UnitId, seen[a.UnitId].Name, a.ReadAt is { } at ? campaign.LocalDay(at) : null, a.ReadBy)).ToList();
        var issuerName = n.IssuerTownId is { } t ? (await units.FindAsync(t, ct))?.Name ?? $"#{t}" : Text.Of("旗学习实践活动领导小组办公室", "The banner office");
        return new NoticeView(n.Id, n.IssuerTownId, issuerName, n.Title, n.Body, n.IssuedOn, n.IssuedBy, receipts.Count, receipts.Count(r => r.ReadOn is not null), receipts, n.Version);
    }

    // ---- 考核 ----

    /// <summary>The year's assessments of the units the caller sees, ranked by score (ties share a rank).</summary>
    public async Task<IReadOnlyList<AssessmentView>> AssessmentsAsync(int? year, CancellationToken ct)
    {
        var y = year ?? campaign.Today.Year;
        var seen = await SeenAsync(ct);
        var max = (await campaign.RulesAsync(ct)).AssessmentMaxScore;
        var rows = (await db.UnitAssessments.Where(a => a.Year == y).ToListAsync(ct)).Where(a => seen.ContainsKey(a.UnitId))
            .OrderByDescending(a => a.Score).ThenBy(a => seen[a.UnitId].Name, StringComparer.Ordinal).ToList();
        var ranks = SystemRule.Ranks([.. rows.Select(r => r.Score)]);
        return [.. rows.Select((a, i) => AssessmentOf(a, seen[a.UnitId], max, ranks[i]))];
    }

    /// <summary>Scores a unit for a year (id null; a second for the same unit and year is 409) or changes a score read at its version.</summary>
    public async Task<Result<AssessmentView>> AssessAsync(long? id, AssessmentInput input, CancellationToken ct)
    {
        var found = id is { } i ? await db.UnitAssessments.AsTracking().SingleOrDefaultAsync(a => a.Id == i, ct) : null;
        if (id is not null && (found is null || await units.ReadableAsync(found.UnitId, ct) is null)) return Refuse.NotFound(NoRow(Text.Of("考核结果", "assessment"), id.Value));
        var unitId = input.UnitId ?? found?.UnitId;
        if (unitId is not { } uid) return Refuse.Field("unitId", Text.Of("请选择参学单位。", "Choose the participating unit."));
        if (await units.ReadableAsync(uid, ct) is not { } unit) return Refuse.Field("unitId", ThirdBatchUnits.NoUnit(uid));
        if (!await units.MayReviewAsync(unit.Id, ct)) return Refuse.Forbidden(OnlyAbove);
        var max = (await campaign.RulesAsync(ct)).AssessmentMaxScore;
        var errors = Errors();
        var year = input.Year ?? found?.Year ?? campaign.Today.Year;
        if (!Limits.IsWithinYears(year)) errors["year"] = [Limits.DateOutOfRange];
        if (SystemRule.ScoreProblem(input.Score, max) is { } scoreProblem) errors["score"] = [scoreProblem];
        var comment = Entered.Text(input.Comment);
        if (Limits.TooLong(comment, Limits.Note) is { } longComment) errors["comment"] = [longComment];
        if (errors.Count > 0) return Refuse.Fields(errors);
        if (found is null && await db.UnitAssessments.AnyAsync(a => a.UnitId == unit.Id && a.Year == year, ct))
            return Refuse.Conflict(Text.Of($"{unit.Name} {year} 年已有考核结果；如需更改，请修改该结果。", $"{unit.Name} is assessed for {year} already; change that score instead."));
        var row = db.UnitAssessments.Edit(found, id is null ? null : input.Version ?? -1, () => new UnitAssessment());
        if (row is null) return Refuse.Conflict();
        (row.UnitId, row.Year, row.Score, row.Comment, row.AssessedOn, row.AssessedBy, row.RecordedAt) =
            (unit.Id, year, input.Score!.Value, comment, campaign.Today, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = (await AssessmentsAsync(year, ct)).FirstOrDefault(a => a.Id == row.Id) ?? AssessmentOf(row, unit, max, 0);
        return id is null ? Result.Created($"systems/assessments/{row.Id}", view) : Result.Ok(view);
    }

    // ---- 五项制度概况 ----

    /// <summary>Per unit the caller sees, for a year: which of the four required systems are in place, and its accountability cases.</summary>
    public async Task<IReadOnlyList<UnitSystems>> OverviewAsync(int? year, CancellationToken ct)
    {
        var y = year ?? campaign.Today.Year;
        var goals = (await db.UnitGoals.Where(g => g.Year == y).Select(g => g.UnitId).ToListAsync(ct)).CountBy(u => u).ToDictionary();
        var cases = (await db.AccountabilityCases.Where(c => c.DecidedOn.Year == y).Select(c => c.UnitId).ToListAsync(ct)).CountBy(u => u).ToDictionary();
        var analyses = (await db.UnitAnalyses.Where(a => a.HeldOn.Year == y).Select(a => a.UnitId).ToListAsync(ct)).CountBy(u => u).ToDictionary();
        // Each unit's notices of the year and those read, counted in the database (not a line per addressee).
        var notices = db.Notices.Where(n => n.IssuedOn.Year == y).Select(n => n.Id);
        var addressed = await db.NoticeAddressees.Where(a => notices.Contains(a.NoticeId)).GroupBy(a => a.UnitId)
            .Select(g => new { g.Key, To = g.Count(), Read = g.Count(a => a.ReadAt != null) }).ToDictionaryAsync(g => g.Key, g => (g.To, g.Read), ct);
        var scores = (await db.UnitAssessments.Where(a => a.Year == y).ToListAsync(ct)).ToDictionary(a => a.UnitId, a => a.Score);
        return [.. (await units.SeenAsync(ct)).Select(u =>
        {
            var (g, c, a) = (goals.GetValueOrDefault(u.Id), cases.GetValueOrDefault(u.Id), analyses.GetValueOrDefault(u.Id));
            var (to, read) = addressed.GetValueOrDefault(u.Id);
            int? score = scores.TryGetValue(u.Id, out var s) ? s : null;
            return new UnitSystems(u.Id, u.Name, UnitRule.KindName(u.Kind).ToString(), u.Town, g, c, a, to, read, score,
                SystemRule.InPlace(g > 0, a > 0, read >= to, score is not null));
        })];
    }

    /// <summary>Per unit the caller sees: how many of the four required systems are in place (of 4) for the year. For the office's coverage bars.</summary>
    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(int? year, CancellationToken ct) =>
        [.. (await OverviewAsync(year, ct)).Select(s => new UnitFigure(s.UnitId, s.Unit, s.InPlace, SystemRule.Required))];

    private static GoalView GoalOf(UnitGoal g, string unit) => new(g.Id, g.UnitId, unit, g.Year, g.Goal, g.Target, g.RecordedBy, g.Version);
    private static CaseView CaseOf(AccountabilityCase c, string unit) => new(c.Id, c.UnitId, unit, c.PersonId, c.Person, c.Problem, c.Action, c.DecidedOn, c.RecordedBy, c.Version);
    private static AnalysisView AnalysisOf(UnitAnalysis a, string unit) => new(a.Id, a.UnitId, unit, a.Period, a.HeldOn, a.Body, a.RecordedBy, a.Version);
    private static AssessmentView AssessmentOf(UnitAssessment a, Unit unit, int max, int rank) =>
        new(a.Id, a.UnitId, unit.Name, UnitRule.KindName(unit.Kind).ToString(), unit.Town, a.Year, a.Score, max, a.Comment, a.AssessedOn, a.AssessedBy, rank, a.Version);
}
