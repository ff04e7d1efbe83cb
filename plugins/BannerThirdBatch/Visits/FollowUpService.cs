using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Guidance;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Visits;

/// <summary>One follow-up: a problem with a deadline (default the visit day + FollowUpDays) and an optional lead person.</summary>
public sealed record FollowUpInput(string? Problem, DateOnly? Deadline = null, long? LeadPersonId = null);

/// <summary>The unit closes a follow-up: the day, what was done, the version read.</summary>
public sealed record CloseInput(DateOnly? CompletedOn, string? Evidence, int Version);

public sealed record FollowUpView(long Id, long UnitId, string Unit, string Problem, string? FoundIn, long? LeadPersonId, string? Lead, DateOnly? Deadline,
    RectificationStatus Status, string StatusName, DateOnly? CompletedOn, string? Evidence, bool ClosedLate, long? VisitId, string? ChecklistItem, int Version);

/// <summary>Per unit: follow-ups still open (not yet due), overdue, closed on time and closed late.</summary>
public sealed record UnitFollowUps(long UnitId, string Unit, int Open, int Overdue, int Closed, int ClosedLate);

/// <summary>
/// Follow-ups of guidance visits and checklist gaps, kept in the SDK's problem lists (<see cref="IRectifications"/>, kind
/// <c>banner-third-batch/follow-up</c>, the unit as the organization); closed by the unit with a day and evidence.
/// </summary>
public sealed class FollowUpService(BannerThirdBatchDbContext db, IRectifications rectifications, ThirdBatchUnits units, GuidanceService guidance,
    ThirdBatchPeople people, BannerThirdBatchCampaign campaign)
{
    public static readonly BlockKind Kind = new(BannerThirdBatchStartup.PluginId, "follow-up");

    /// <summary>Adds a follow-up for a unit (the caller checked who may); saved at once.</summary>
    internal async Task<Result<RectificationInfo>> AddAsync(long unitId, FollowUpInput input, string foundIn, long? visitId, string? checklistItem, CancellationToken ct)
    {
        var saved = await rectifications.SaveAsync(null, new RectificationInput(Kind, unitId, input.Problem ?? "", foundIn, input.LeadPersonId,
            RectificationMode.Deadline, input.Deadline, null, null), ct);
        if (!saved.Succeeded) return saved;
        db.FollowUps.Add(new FollowUp { RectificationId = saved.Value!.Id, UnitId = unitId, VisitId = visitId, ChecklistItem = checklistItem });
        await db.SaveChangesAsync(ct);
        return saved;
    }

    /// <summary>What is wrong with follow-ups for a visit on <paramref name="day"/>, by field (<c>followUps[i].problem</c>…); the deadlines filled in.</summary>
    internal async Task<(Dictionary<string, string[]> Errors, IReadOnlyList<FollowUpInput> Filled)> CheckAsync(IReadOnlyList<FollowUpInput> inputs, DateOnly day, string prefix, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var rules = await campaign.RulesAsync(ct);
        var roster = await people.AllAsync(ct);
        var filled = new List<FollowUpInput>();
        foreach (var (f, i) in inputs.Select((f, i) => (f, i)))
        {
            var at = prefix.Length == 0 ? "" : $"{prefix}[{i}].";
            if (Entered.Text(f.Problem) is not { } problem) errors[$"{at}problem"] = [Text.Of("请写明发现的问题。", "Say what the problem is.")];
            else if (Limits.TooLong(problem, Limits.Note) is { } tooLong) errors[$"{at}problem"] = [tooLong];
            var deadline = f.Deadline ?? FollowUpRule.DefaultDeadline(day, rules.FollowUpDays);
            if (deadline < day) errors[$"{at}deadline"] = [Text.Of("整改期限不能早于发现问题的日期。", "The deadline cannot be before the day the problem was found.")];
            else if (Limits.DateProblem(deadline) is { } bad) errors[$"{at}deadline"] = [bad];
            if (f.LeadPersonId is { } lead && !roster.ContainsKey(lead)) errors[$"{at}leadPersonId"] = [Text.Of($"编号为 {lead} 的人员不在党员名册中。", $"Person {lead} is not on the roster.")];
            filled.Add(f with { Problem = Entered.Text(f.Problem), Deadline = deadline });
        }
        return (errors, filled);
    }

    /// <summary>The follow-ups of the units the user reads, optionally of one unit or in one status.</summary>
    public async Task<IReadOnlyList<FollowUpView>> ListAsync(long? unitId, RectificationStatus? status, CancellationToken ct)
    {
        var readable = await guidance.ReadableUnitIdsAsync(ct);
        var origins = await db.FollowUps.AsNoTracking().ToDictionaryAsync(f => f.RectificationId, ct);
        var all = await units.AllAsync(ct);
        var today = campaign.Today;
        var found = (await rectifications.ListAsync(new RectificationQuery(Kind) { OrganizationId = unitId }, ct))
            .Where(r => readable.Contains(r.OrganizationId) && (status is null || r.StatusOn(today) == status)).ToList();
        // The leads' names alone, not the whole roster.
        var names = await people.FindManyAsync(found.Select(r => r.LeadPersonId).OfType<long>().Distinct(), ct);
        return [.. found.Select(r => View(r, origins.GetValueOrDefault(r.Id), all, names, today))];
    }

    public async Task<Result<FollowUpView>> FindAsync(long id, CancellationToken ct) =>
        (await ListAsync(null, null, ct)).FirstOrDefault(f => f.Id == id) is { } found ? Result.Ok(found) : Refuse.NotFound(NoFollowUp(id));

    /// <summary>Per unit the user reads: open, overdue, closed on time and closed late.</summary>
    public async Task<IReadOnlyList<UnitFollowUps>> ByUnitAsync(CancellationToken ct)
    {
        // The states alone (no views: their origins and leads' names are not counted), grouped by unit once.
        var readable = await guidance.ReadableUnitIdsAsync(ct);
        var today = campaign.Today;
        var byUnit = (await rectifications.ListAsync(new RectificationQuery(Kind), ct)).ToLookup(r => r.OrganizationId);
        return [.. (await units.AllAsync(ct)).Where(u => readable.Contains(u.Id)).Select(u =>
        {
            var mine = byUnit[u.Id].Select(r => (Status: r.StatusOn(today), ClosedLate: FollowUpRule.ClosedLate(r))).ToList();
            return new UnitFollowUps(u.Id, u.Name, mine.Count(f => f.Status == RectificationStatus.Open), mine.Count(f => f.Status == RectificationStatus.Overdue),
                mine.Count(f => f.Status == RectificationStatus.Done && !f.ClosedLate), mine.Count(f => f.ClosedLate));
        })];
    }

    /// <summary>
    /// The unit closes a follow-up (its officers, those above it, the office): a day not in the future (the SDK refuses it),
    /// and evidence; a stale version is 409.
    /// </summary>
    public async Task<Result<FollowUpView>> CloseAsync(long id, CloseInput input, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (!found.Succeeded) return found;
        var f = found.Value!;
        if (!await units.MayActForAsync(f.UnitId, ct))
            return Refuse.Forbidden(Text.Of("只有被指导单位（或其上级、旗领导小组办公室）可以销号。", "Only the unit (or those above it, or the office) closes a follow-up."));
        if (input.CompletedOn is not { } day) return Refuse.Field("completedOn", Text.Of("请填写整改完成日期。", "Give the day it was put right."));
        var closed = await rectifications.CompleteAsync(Kind, id, day, input.Evidence ?? "", input.Version, ct);
        if (!closed.Succeeded) return Refuse.As(closed);
        return await FindAsync(id, ct);
    }

    private static FollowUpView View(RectificationInfo r, FollowUp? origin, IReadOnlyList<Unit> all, IReadOnlyDictionary<long, PersonInfo> names, DateOnly today)
    {
        var status = r.StatusOn(today);
        return new FollowUpView(r.Id, r.OrganizationId, all.FirstOrDefault(u => u.Id == r.OrganizationId)?.Name ?? $"#{r.OrganizationId}", r.Problem, r.FoundIn,
            r.LeadPersonId, r.LeadPersonId is { } l ? names.TryGetValue(l, out var p) ? p.Name : $"#{l}" : null, r.Deadline, status,
            FollowUpRule.StatusName(status, r).ToString(), r.CompletedOn, r.Evidence, FollowUpRule.ClosedLate(r), origin?.VisitId, origin?.ChecklistItem, r.Version);
    }

    public static string NoFollowUp(long id) => Text.Of($"没有编号为 {id} 的整改事项。", $"There is no follow-up {id}.");
}

/// <summary>Follow-ups' deadlines and states. Pure.</summary>
public static class FollowUpRule
{
    /// <summary>“发现问题及时督促整改”: unless it names a day, a follow-up is due <paramref name="days"/> after the visit.</summary>
    public static DateOnly DefaultDeadline(DateOnly visitedOn, int days) => visitedOn.AddDays(days);

    /// <summary>Closed after its deadline.</summary>
    public static bool ClosedLate(RectificationInfo r) => r.CompletedOn is { } on && r.Deadline is { } due && on > due;

    public static LocalizedText StatusName(RectificationStatus status, RectificationInfo r) => status switch
    {
        RectificationStatus.Done when ClosedLate(r) => new("逾期销号", "Closed late"),
        RectificationStatus.Done => new("已销号", "Closed"),
        RectificationStatus.Overdue => new("逾期未改", "Overdue"),
        _ => new("整改中", "Open"),
    };
}
