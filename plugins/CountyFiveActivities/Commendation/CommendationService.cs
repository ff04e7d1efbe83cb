using Modular.Sdk;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// The 七一 commendation's nominations, for the API, the page and the demo. Each step is dated: the
/// day given (a step recorded afterwards, like a meeting's day) or today. The day must lie within the
/// campaign, not after today, not before the previous step, and before 七一 (on or before the day
/// before commendation.before) — the cut-off compares that day, not when it was recorded.
/// </summary>
public sealed class CommendationService(INominations nominations, IRoster roster, CountyDbContext db, CountyTree tree, CountyAccess access, CountyCampaign campaign)
{
    public async Task<Result<CommendationFeature.Row>> NominateAsync(CommendationFeature.NominateInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var on = input.NominatedOn ?? campaign.Today;
        if (DayRefused(on, "nominatedOn", rules.Stages[0].Start, "活动开始", rules) is { } refused) return refused;
        if (input.Category is not ({ } category and (NominationCategory.AdvancedOrganization or NominationCategory.ExcellentMember or NominationCategory.ExcellentPartyWorker)))
            return Refuse.Field("category", "请选择表彰类别：先进基层党组织、优秀共产党员或优秀党务工作者。");
        if (input.StartOrganizationId is not { } start || await tree.FindAsync(start, ct) is null) return Refuse.Field("startOrganizationId", "请选择推荐单位。");
        if (!await access.ManagesAsync(start, ct)) return Refuse.Forbidden("只能由本组织或上级推荐。");
        if (CountyApi.Required(input.Reason) is not { } reason) return Refuse.Field("reason", "请填写推荐理由（主要事迹）。");
        if (input.NomineeId is not { } nomineeId) return Refuse.Field("nomineeId", "请选择推荐对象。");
        var subtree = (await tree.SubtreeAsync(start, ct)).Select(o => o.Id).ToHashSet();
        string name;
        if (category == NominationCategory.AdvancedOrganization)
        {
            if (!subtree.Contains(nomineeId)) return Refuse.Field("nomineeId", "推荐的党组织须是推荐单位本身或其下级。");
            name = (await tree.FindAsync(nomineeId, ct))!.Name;
        }
        else
        {
            if (await roster.FindAsync(nomineeId, ct) is not { } person || !subtree.Contains(person.OrganizationId))
                return Refuse.Field("nomineeId", "推荐的党员须属于推荐单位。");
            name = person.Name;
        }
        var period = CommendationFeature.PeriodKey(rules);
        var duplicate = (await nominations.ListAsync(pluginId: CountyStartup.PluginId, cancellationToken: ct))
            .Any(n => n.Kind == CommendationFeature.Kind.Kind && n.Category == category && n.NomineeId == nomineeId && n.PeriodKey == period && n.Status != NominationStatus.Dropped);
        if (duplicate) return Refuse.Field("nomineeId", "该对象已在本类别推荐中。");
        return await DatedAsync(await nominations.NominateAsync(new NominationInput(CommendationFeature.Kind, category, period, nomineeId, name, reason, start), ct), on, ct);
    }

    public Task<Result<CommendationFeature.Row>> EndorseAsync(long id, CommendationFeature.StepInput input, CancellationToken ct) =>
        StepAsync(id, input, n => nominations.EndorseAsync(n.Id, CountyApi.Required(input.Reason), ct), ct);

    public async Task<Result<CommendationFeature.Row>> DropAsync(long id, CommendationFeature.StepInput input, CancellationToken ct) =>
        CountyApi.Required(input.Reason) is not { } reason ? Refuse.Field("reason", "不予推荐时请说明理由。")
        : await StepAsync(id, input, n => nominations.DropAsync(n.Id, reason, ct), ct);

    public Task<Result<CommendationFeature.Row>> ApproveAsync(long id, CommendationFeature.StepInput input, CancellationToken ct) =>
        StepAsync(id, input, n => nominations.ApproveAsync(n.Id, CountyApi.Required(input.Reason), ct), ct);

    /// <summary>The nominations the caller may see: those at or from the levels they serve, and every approved one (the list is public).</summary>
    public async Task<IReadOnlyList<CommendationFeature.Row>> RowsAsync(NominationStatus? status, CancellationToken ct)
    {
        var visible = await access.VisibleOrganizationsAsync(ct);
        var all = await nominations.ListAsync(pluginId: CountyStartup.PluginId, status: status, cancellationToken: ct);
        var days = (await db.NominationDays.ToListAsync(ct)).ToLookup(d => d.NominationId);
        var rows = new List<CommendationFeature.Row>();
        foreach (var n in all.Where(n => n.Kind == CommendationFeature.Kind.Kind && (visible.Contains(n.CurrentOrganizationId) || visible.Contains(n.StartOrganizationId) || n.Status == NominationStatus.Approved)))
            rows.Add(await RowAsync(n, days[n.Id], ct));
        return rows;
    }

    /// <summary>A step is taken by whoever manages the level the nomination is waiting at (the county office anywhere), dated no earlier than the step before.</summary>
    private async Task<Result<CommendationFeature.Row>> StepAsync(long id, CommendationFeature.StepInput input, Func<NominationInfo, Task<Result<NominationInfo>>> step, CancellationToken ct)
    {
        var n = await nominations.FindAsync(id, ct);
        if (n is null || n.PluginId != CountyStartup.PluginId || n.Kind != CommendationFeature.Kind.Kind) return Refuse.NotFound("未找到该" + "推荐" + "。");
        if (!await access.ManagesAsync(n.CurrentOrganizationId, ct)) return Refuse.Forbidden("该推荐不在您所管理的层级。");
        var rules = await campaign.RulesAsync(ct);
        var last = n.Steps.MaxBy(s => s.Sequence)!;
        var previous = (await db.NominationDays.SingleOrDefaultAsync(d => d.NominationId == id && d.Sequence == last.Sequence, ct))?.Day ?? campaign.LocalDay(last.At);
        var on = input.DecidedOn ?? campaign.Today;
        if (DayRefused(on, "decidedOn", previous, "上一步", rules) is { } refused) return refused;
        return await DatedAsync(await step(n), on, ct);
    }

    /// <summary>Why a step's day is refused: after today, before <paramref name="earliest"/>, or on or after 七一 (the field <c>date</c>).</summary>
    private Refusal? DayRefused(DateOnly on, string field, DateOnly earliest, string earliestName, CountyRules rules)
    {
        if (!rules.BeforeCommendationDeadline(on))
            return Refuse.Field("date", $"集中表彰在“七一”前进行（{rules.CommendationLastDay:yyyy年M月d日}前，含当日），{on:yyyy年M月d日}的推荐与审定已截止。");
        if (on > campaign.Today) return Refuse.Field(field, "日期不能晚于今天。");
        if (on < earliest) return Refuse.Field(field, $"日期不能早于{earliestName}（{earliest:yyyy年M月d日}）。");
        return null;
    }

    /// <summary>Keeps the day of the step just taken beside the block's record of it.</summary>
    private async Task<Result<CommendationFeature.Row>> DatedAsync(Result<NominationInfo> result, DateOnly on, CancellationToken ct)
    {
        if (!result.Succeeded) return Refuse.As(result);
        var n = result.Value!;
        db.NominationDays.Add(new NominationDay { NominationId = n.Id, Sequence = n.Steps.Max(s => s.Sequence), Day = on });
        if (await CountyApi.SaveAsync(db, ct) is not null) return Refuse.Conflict();
        return Result.Ok(await RowAsync(n, await db.NominationDays.Where(d => d.NominationId == n.Id).ToListAsync(ct), ct));
    }

    private async Task<CommendationFeature.Row> RowAsync(NominationInfo n, IEnumerable<NominationDay> days, CancellationToken ct)
    {
        var on = days.ToDictionary(d => d.Sequence, d => d.Day);
        var steps = n.Steps.Select(s => new CommendationFeature.Step(s.Sequence, s.OrganizationId, s.Decision, s.Reason, s.Actor,
            on.TryGetValue(s.Sequence, out var day) ? day : campaign.LocalDay(s.At), s.At)).ToList();
        return new(n.Id, n.Category, CommendationFeature.CategoryName(n.Category).ZhCn, n.NomineeId, n.NomineeName,
            n.StartOrganizationId, (await tree.FindAsync(n.StartOrganizationId, ct))?.Name ?? "",
            n.CurrentOrganizationId, (await tree.FindAsync(n.CurrentOrganizationId, ct))?.Name ?? "",
            n.Status, CommendationFeature.StatusName(n.Status).ZhCn, steps[0].On, steps);
    }
}
