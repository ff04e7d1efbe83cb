using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>A nomination: its category, the nominee (an organization or a member), the nominating organization, the reason, the day.</summary>
public sealed record NominateInput(NominationCategory? Category, long? NomineeId, long? StartOrganizationId, string? Reason, DateOnly? NominatedOn = null);

/// <summary>A step up (endorse, drop, approve): the reason (required to drop) and the day it was taken (today when none).</summary>
public sealed record StepInput(string? Reason, DateOnly? DecidedOn = null);

/// <summary>A step of the way up, with the day it was taken (<see cref="NominationDay"/>) beside when it was recorded.</summary>
public sealed record NominationStep(int Sequence, long OrganizationId, NominationDecision Decision, string? Reason, string? Actor, DateOnly On, DateTimeOffset At);

/// <summary>A nomination as the list, the page and the ledger show it, with its way up the levels.</summary>
public sealed record NominationRow(long Id, NominationCategory Category, string CategoryName, long NomineeId, string NomineeName,
    long StartOrganizationId, string StartOrganization, long CurrentOrganizationId, string CurrentLevel,
    NominationStatus Status, string StatusName, DateOnly NominatedOn, IReadOnlyList<NominationStep> Steps);

/// <summary>
/// The 七一 commendation's nominations, for the API, the page and the demo. Each step is dated: the
/// day given (a step recorded afterwards, like a meeting's day) or today. The day must lie within the
/// campaign, not after today, not before the previous step, and before 七一 (on or before the day
/// before commendation.before) — the cut-off compares that day, not when it was recorded.
/// </summary>
public sealed class CommendationService(INominations nominations, IRoster roster, CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user, CountyCampaign campaign)
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

    public Task<Result<NominationRow>> ApproveAsync(long id, StepInput input, CancellationToken ct) =>
        StepAsync(id, input, n => nominations.ApproveAsync(n.Id, Entered.Text(input.Reason), ct), ct);

    /// <summary>The nominations the caller may see: those at or from the levels they serve, and every approved one (the list is public).</summary>
    public async Task<IReadOnlyList<NominationRow>> RowsAsync(NominationStatus? status, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var all = await nominations.ListAsync(pluginId: CountyStartup.PluginId, status: status, cancellationToken: ct);
        var days = (await db.NominationDays.ToListAsync(ct)).ToLookup(d => d.NominationId);
        var rows = new List<NominationRow>();
        foreach (var n in all.Where(n => n.Kind == CommendationFeature.Kind.Kind && (visible.Contains(n.CurrentOrganizationId) || visible.Contains(n.StartOrganizationId) || n.Status == NominationStatus.Approved)))
            rows.Add(RowOf(n, days[n.Id], tree));
        return rows;
    }

    /// <summary>A step is taken by whoever manages the level the nomination is waiting at (the county office anywhere), dated no earlier than the step before.</summary>
    private async Task<Result<NominationRow>> StepAsync(long id, StepInput input, Func<NominationInfo, Task<Result<NominationInfo>>> step, CancellationToken ct)
    {
        var n = await nominations.FindAsync(id, ct);
        if (n is null || n.PluginId != CountyStartup.PluginId || n.Kind != CommendationFeature.Kind.Kind) return Refuse.NotFound(Text.Of("未找到该推荐。", "No such nomination."));
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
        return Result.Ok(RowOf(n, await db.NominationDays.Where(d => d.NominationId == n.Id).ToListAsync(ct), await directory.TreeAsync(ct)));
    }

    private NominationRow RowOf(NominationInfo n, IEnumerable<NominationDay> days, OrganizationTree tree)
    {
        var on = days.ToDictionary(d => d.Sequence, d => d.Day);
        var steps = n.Steps.Select(s => new NominationStep(s.Sequence, s.OrganizationId, s.Decision, s.Reason, s.Actor,
            on.TryGetValue(s.Sequence, out var day) ? day : campaign.LocalDay(s.At), s.At)).ToList();
        return new(n.Id, n.Category, CommendationRule.CategoryName(n.Category).ToString(), n.NomineeId, n.NomineeName,
            n.StartOrganizationId, tree.Find(n.StartOrganizationId)?.Name ?? "",
            n.CurrentOrganizationId, tree.Find(n.CurrentOrganizationId)?.Name ?? "",
            n.Status, CommendationRule.StatusName(n.Status).ToString(), steps[0].On, steps);
    }
}
