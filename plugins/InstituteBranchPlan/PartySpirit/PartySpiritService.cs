using System.Globalization;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.PartySpirit;

/// <summary>
/// An education event as the branch records it: which branch, the kind, what, when, how long, and who attended (the branch's
/// other members are absent); correcting one, the version read (a stale one is 409).
/// </summary>
public sealed record EducationEventInput(long? BranchId, EducationKind? Kind, string? Title, DateOnly? HeldOn, decimal? Hours, string? Place, string? Summary,
    IReadOnlyList<long>? Attended, int? Version = null);

/// <summary>Who attended an event (the whole list; the branch's other members are absent), at the version read.</summary>
public sealed record AttendanceInput(IReadOnlyList<long>? Attended, int? Version);

/// <summary>A party-spirit analysis as a member (or the branch for them) hands it in; the version read when changing it.</summary>
public sealed record AnalysisInput(long? PersonId, AnalysisForm? Form, string? ProblemsFound, string? SelfCriticism, string? CriticismReceived, int? Version);

public sealed record EducationEventView(long Id, long BranchId, EducationKind Kind, string KindName, string Title, DateOnly HeldOn, decimal Hours, string? Place,
    int Expected, int Attended, int Version);

public sealed record AnalysisView(long Id, long PersonId, int Year, AnalysisForm Form, string FormName, string ProblemsFound, string SelfCriticism,
    string? CriticismReceived, DateTimeOffset HandedInAt, string? SavedBy, int Version);

/// <summary>One member's line: the education events they attended (reached or not) and their analysis against the due day.</summary>
public sealed record PartySpiritLine(long PersonId, string Name, long BranchId, string Branch, int Events, bool Reached, AnalysisView? Analysis,
    DateOnly? HandedInOn, DueState State, string StateName);

/// <summary>A branch at a glance: its education events and every member's line.</summary>
public sealed record BranchPartySpirit(long BranchId, string Branch, int MinEvents, DateOnly AnalysisDue, IReadOnlyList<EducationEventView> Events,
    IReadOnlyList<PartySpiritLine> Lines)
{
    public int Members => Lines.Count;
    public int Reached => Lines.Count(l => l.Reached);
    public int HandedIn => Lines.Count(l => l.Analysis is not null);
    public int Late => Lines.Count(l => l.State == DueState.Late);
    public int Missing => Lines.Count(l => l.State == DueState.Missed);
}

/// <summary>
/// 党性教育: the branch's education events with attendance (the SDK's <see cref="ICampaignEvents"/>), every member's coverage,
/// and each member's one party-spirit analysis a year. The API, the page and the demo all come here.
/// </summary>
public sealed class PartySpiritService(InstituteBranchPlanDbContext db, ICampaignEvents events, IRoster roster, IOrganizationDirectory directory,
    ICurrentUser user, BranchOffice office, InstituteBranchPlanCampaign campaign, IObligationRecords obligations)
{
    private static string NoEvent(long id) => Text.Of($"没有编号为 {id} 的党性教育活动。", $"There is no party-spirit education event {id}.");
    private static string Runs => Text.Of("只有本支部的领导小组、支部书记或上级可以登记党性教育活动。", "Only the branch's leading group, its officers or those above record education events.");

    public Func<DateTimeOffset, DateTime> WallClock => campaign.WallClock;

    /// <summary>Records an education event of a branch with who attended (the branch's other members are expected and absent).</summary>
    public async Task<Result<EducationEventView>> CreateEventAsync(EducationEventInput input, CancellationToken ct)
    {
        if (input.BranchId is not { } branchId) return Refuse.Field("branchId", Text.Of("请选择党支部。", "Choose the branch."));
        if (await office.FindReadableBranchAsync(branchId, ct) is null)
            return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        if (!await office.MayRunAsync(branchId, ct)) return Refuse.Forbidden(Runs);
        var rules = await campaign.RulesAsync(ct);
        var errors = PartySpiritRule.EventProblems(rules, input.Title, input.HeldOn, input.Hours);
        if (input.Kind is null) errors["kind"] = [Text.Of("请选择党性教育的形式。", "Choose the kind of education.")];
        var attendance = await AttendanceAsync(branchId, input.Attended, errors, ct);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var kind = input.Kind!.Value;
        var created = await events.CreateAsync(new EventDraft(PartySpiritRule.Source, PartySpiritRule.Category(kind), branchId, input.Title!.Trim(), input.HeldOn!.Value,
            input.Hours!.Value, input.Place?.Trim(), input.Summary?.Trim(), [PartySpiritRule.KindName(kind).ZhCn],
            new Dictionary<string, string> { ["kind"] = kind.ToString() }, RecordedBy: user.DisplayName), attendance, ct);
        if (!created.Succeeded) return Refuse.As(created);
        return Result.Created($"party-spirit/events/{created.Value!.Id}", View(created.Value));
    }

    /// <summary>
    /// Corrects an event read at <see cref="EducationEventInput.Version"/> (a stale or missing version is 409): its kind, title,
    /// day, hours and place; the branch stays the event's. Who attended changes only when <see cref="EducationEventInput.Attended"/>
    /// is sent, and the summary only when <see cref="EducationEventInput.Summary"/> is (the page's form carries neither).
    /// </summary>
    public async Task<Result<EducationEventView>> UpdateEventAsync(long id, EducationEventInput input, CancellationToken ct)
    {
        var found = await events.FindAsync(PartySpiritRule.Source, id, ct);
        if (found is null || !await office.MayReadAsync(found.OrganizationId, ct))
            return Refuse.NotFound(NoEvent(id));
        if (!await office.MayRunAsync(found.OrganizationId, ct)) return Refuse.Forbidden(Runs);
        var rules = await campaign.RulesAsync(ct);
        var errors = PartySpiritRule.EventProblems(rules, input.Title, input.HeldOn, input.Hours);
        if (input.Kind is null) errors["kind"] = [Text.Of("请选择党性教育的形式。", "Choose the kind of education.")];
        var attendance = input.Attended is null ? null : await AttendanceAsync(found.OrganizationId, input.Attended, errors, ct);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var kind = input.Kind!.Value;
        var saved = await events.UpdateAsync(id, input.Version ?? -1, new EventDraft(PartySpiritRule.Source, PartySpiritRule.Category(kind), found.OrganizationId,
            input.Title!.Trim(), input.HeldOn!.Value, input.Hours!.Value, Entered.Text(input.Place), input.Summary is null ? found.Summary : Entered.Text(input.Summary),
            [PartySpiritRule.KindName(kind).ZhCn], new Dictionary<string, string> { ["kind"] = kind.ToString() }, RecordedBy: user.DisplayName), attendance, ct);
        return saved.Succeeded ? Result.Ok(View(saved.Value!)) : Refuse.As(saved);
    }

    /// <summary>Replaces who attended an event, at the version read (a stale one is 409).</summary>
    public async Task<Result<EducationEventView>> SetAttendanceAsync(long id, AttendanceInput input, CancellationToken ct)
    {
        var found = await events.FindAsync(PartySpiritRule.Source, id, ct);
        if (found is null || !await office.MayReadAsync(found.OrganizationId, ct))
            return Refuse.NotFound(NoEvent(id));
        if (!await office.MayRunAsync(found.OrganizationId, ct)) return Refuse.Forbidden(Runs);
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var attendance = await AttendanceAsync(found.OrganizationId, input.Attended, errors, ct);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var saved = await events.SetAttendanceAsync(id, input.Version, attendance, ct);
        return saved.Succeeded ? Result.Ok(View(saved.Value!)) : Refuse.As(saved);
    }

    /// <summary>Hands in a member's analysis of the year (their own, or the branch for them); a second one without the version read is 409, with it a new version.</summary>
    public async Task<Result<AnalysisView>> SaveAnalysisAsync(AnalysisInput input, CancellationToken ct)
    {
        var handIn = await office.HandInForAsync(input.PersonId, Text.Of("只能提交本人的党性分析，或由所在支部代为登记。", "Hand in your own analysis; the branch may record one for a member."), ct);
        if (!handIn.Succeeded) return Refuse.As(handIn);
        var person = handIn.Value!;
        var personId = person.Id;
        var errors = PartySpiritRule.AnalysisProblems(input.Form, input.ProblemsFound, input.SelfCriticism);
        if (errors.Count > 0) return Refuse.Fields(errors);

        var rules = await campaign.RulesAsync(ct);
        var found = await db.PartySpiritAnalyses.AsTracking().SingleOrDefaultAsync(a => a.PersonId == personId && a.Year == rules.Year, ct);
        var now = campaign.Now;
        var row = db.PartySpiritAnalyses.Edit(found, input.Version, () => new PartySpiritAnalysis { PersonId = personId, Year = rules.Year, HandedInAt = now });
        if (row is null)
            return Refuse.Conflict(found is not null && input.Version is null
                ? Text.Of($"{person.Name} 本年度已提交党性分析，请在原分析上修改。", $"{person.Name} has handed in this year's analysis: change that one.")
                : null);
        (row.Form, row.ProblemsFound, row.SelfCriticism) = (input.Form!.Value, input.ProblemsFound!.Trim(), input.SelfCriticism!.Trim());
        row.CriticismReceived = string.IsNullOrWhiteSpace(input.CriticismReceived) ? null : input.CriticismReceived.Trim();
        (row.SavedAt, row.SavedBy) = (now, user.DisplayName);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        if (found is null)
            await obligations.RecordAsync(PartySpiritObligations.Analysis.Key, ObligedKind.Person, personId, rules.Start, RecordRef(row.Id), row.HandedInAt, ct);
        return found is null ? Result.Created($"party-spirit/analyses/{row.Id}", View(row)) : Result.Ok(View(row));
    }

    /// <summary>The signed-in member's line (null when the account has no roster entry).</summary>
    public async Task<PartySpiritLine?> MineAsync(CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me || await roster.FindAsync(me, ct) is not { } person) return null;
        var tree = await directory.TreeAsync(ct);
        var rules = await campaign.RulesAsync(ct);
        var attended = await EventsAttendedAsync(events, rules, [me], ct);
        var analysis = await db.PartySpiritAnalyses.SingleOrDefaultAsync(a => a.PersonId == me && a.Year == rules.Year, ct);
        return Line(person, BranchOffice.BranchOf(tree, person.OrganizationId), attended.GetValueOrDefault(me), analysis, rules);
    }

    /// <summary>Every branch the user sees: its education events and every member's coverage and analysis.</summary>
    public async Task<IReadOnlyList<BranchPartySpirit>> BranchesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var analyses = (await db.PartySpiritAnalyses.Where(a => a.Year == rules.Year).ToListAsync(ct)).ToDictionary(a => a.PersonId);
        var result = new List<BranchPartySpirit>();
        foreach (var branch in await office.BranchesSeenAsync(ct))
        {
            var members = await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct);
            var attended = await EventsAttendedAsync(events, rules, [.. members.Select(m => m.Id)], ct);
            var tallies = await events.TalliesAsync(Query(rules) with { OrganizationIds = [branch.Id] }, ct);
            result.Add(new BranchPartySpirit(branch.Id, branch.Name, rules.MinEducationEvents, rules.AnalysisDue, [.. tallies.Select(View)],
                [.. members.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => Line(m, branch, attended.GetValueOrDefault(m.Id), analyses.GetValueOrDefault(m.Id), rules))]));
        }
        return result;
    }

    private static EventQuery Query(InstituteRules rules) => new(PartySpiritRule.Source) { From = new DateOnly(rules.Year, 1, 1), To = new DateOnly(rules.Year, 12, 31) };

    /// <summary>
    /// Per person, the party-spirit education events of the rules' year they attended (what <see cref="PartySpiritRule.Reached"/>
    /// holds against the minimum), counted in the database; everyone's when <paramref name="people"/> is null (the overview).
    /// </summary>
    public static async Task<Dictionary<long, int>> EventsAttendedAsync(ICampaignEvents events, InstituteRules rules, IReadOnlyCollection<long>? people, CancellationToken ct)
    {
        if (people is { Count: 0 }) return [];
        var query = Query(rules);
        return (await events.HoursAsync([PartySpiritRule.Source], query.From, query.To, people, ct)).GroupBy(h => h.PersonId).ToDictionary(g => g.Key, g => g.Sum(h => h.Events));
    }

    /// <summary>The whole attendance of a branch's event: those named attended, the branch's other members absent; a stranger is refused.</summary>
    private async Task<IReadOnlyList<AttendanceEntry>> AttendanceAsync(long branchId, IReadOnlyList<long>? attended, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).Select(m => m.Id).ToList();
        var came = (attended ?? []).ToHashSet();
        var strangers = came.Where(p => !members.Contains(p)).ToList();
        if (strangers.Count > 0)
            errors["attended"] = [Text.Of($"不是本支部党员：{string.Join("、", strangers)}。", $"Not members of the branch: {string.Join(", ", strangers)}.")];
        return [.. members.Select(m => new AttendanceEntry(m, came.Contains(m)))];
    }

    private PartySpiritLine Line(PersonInfo person, OrganizationInfo? branch, int attended, PartySpiritAnalysis? analysis, InstituteRules rules)
    {
        var handedIn = analysis is null ? (DateOnly?)null : campaign.LocalDay(analysis.HandedInAt);
        var state = PartySpiritRule.StateOf(rules, handedIn, campaign.Today);
        return new(person.Id, person.Name, branch?.Id ?? person.OrganizationId, branch?.Name ?? "", attended, PartySpiritRule.Reached(rules, attended),
            analysis is null ? null : View(analysis), handedIn, state, PartySpiritRule.StateName(state).ToString());
    }

    private static EducationKind KindOf(string? detail) => Enum.TryParse<EducationKind>(detail, out var kind) ? kind : EducationKind.PolicyStudy;

    private static EducationEventView View(CampaignEvent e)
    {
        var kind = KindOf(e.Detail("kind"));
        return new(e.Id, e.OrganizationId, kind, PartySpiritRule.KindName(kind).ToString(), e.Title, e.HeldOn, e.Hours, e.Place, e.Expected, e.Attended, e.Version);
    }

    private static EducationEventView View(EventTally e)
    {
        var kind = KindOf(e.Detail("kind"));
        return new(e.Id, e.OrganizationId, kind, PartySpiritRule.KindName(kind).ToString(), e.Title, e.HeldOn, e.Hours, e.Place, e.Expected, e.Attended, e.Version);
    }

    private static AnalysisView View(PartySpiritAnalysis a) => new(a.Id, a.PersonId, a.Year, a.Form, PartySpiritRule.FormName(a.Form).ToString(), a.ProblemsFound,
        a.SelfCriticism, a.CriticismReceived, a.HandedInAt, a.SavedBy, a.Version);

    public static string RecordRef(long analysisId) => string.Create(CultureInfo.InvariantCulture, $"party-spirit-analysis:{analysisId}");
}
