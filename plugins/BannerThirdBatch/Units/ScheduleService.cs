using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Units;

/// <summary>
/// A unit's start as its form or the API sends it: the start; for a gacha or community the last day of its concentrated phase
/// when it chose a longer one; the day it finished; and the version read (null the first time).
/// </summary>
public sealed record ScheduleInput(DateOnly? Start, DateOnly? ConcentratedEnd = null, DateOnly? FinishedOn = null, int? Version = null);

public sealed record PhaseView(string Key, string Name, DateOnly Start, DateOnly End);

/// <summary>A unit with its dates and state; <see cref="Version"/> 0 until a start is chosen.</summary>
public sealed record UnitView(long Id, string Name, UnitKind Kind, string KindName, long? TownId, string? Town, DateOnly? Start, DateOnly? End,
    IReadOnlyList<PhaseView> Phases, DateOnly? ChosenConcentratedEnd, DateOnly? FinishedOn, UnitState State, string StateName, int Version, string? RecordedBy)
{
    public DateOnly? ConcentratedEnd => Phases.FirstOrDefault(p => p.Key == UnitRule.Concentrated)?.End;
}

/// <summary>The office's, a town's or a unit's filter of the unit list.</summary>
public sealed record UnitFilter(UnitKind? Kind = null, UnitState? State = null, long? TownId = null);

/// <summary>
/// Each unit's own start and end dates (二(三)), kept in the SDK's unit schedules and checked against its kind's phases; the
/// unit's state today. One place for the API, the pages, the other items (which ask a unit's dates) and the demo.
/// </summary>
public sealed class ScheduleService(IUnitSchedules schedules, ThirdBatchUnits units, BannerThirdBatchCampaign campaign, IObligationRecords obligations)
{
    public static readonly BlockKind Kind = new(BannerThirdBatchStartup.PluginId, "unit-schedule");

    /// <summary>Every unit's schedule (read once per request): the other items look dates up here.</summary>
    public async Task<IReadOnlyDictionary<long, UnitSchedule>> SchedulesAsync(CancellationToken ct) =>
        _schedules ??= (await schedules.ListAsync(Kind, ct)).ToDictionary(s => s.OrganizationId);
    private IReadOnlyDictionary<long, UnitSchedule>? _schedules;

    /// <summary>A unit's timeline, or null until it chose a start.</summary>
    public async Task<UnitTimeline?> TimelineAsync(Unit unit, CancellationToken ct) =>
        (await SchedulesAsync(ct)).TryGetValue(unit.Id, out var s) ? s.Timeline(UnitRule.Phases(await campaign.RulesAsync(ct), unit.Kind)) : null;

    /// <summary>The units the user sees, with dates and state, narrowed by the filter.</summary>
    public async Task<IReadOnlyList<UnitView>> ListAsync(UnitFilter filter, CancellationToken ct)
    {
        var seen = await units.SeenAsync(ct);
        var views = new List<UnitView>();
        foreach (var unit in seen.Where(u => (filter.Kind is null || u.Kind == filter.Kind) && (filter.TownId is null || u.TownId == filter.TownId || u.Id == filter.TownId)))
        {
            var view = await ViewAsync(unit, ct);
            if (filter.State is null || view.State == filter.State) views.Add(view);
        }
        return views;
    }

    public async Task<Result<UnitView>> FindAsync(long id, CancellationToken ct) =>
        await units.ReadableAsync(id, ct) is { } unit ? Result.Ok(await ViewAsync(unit, ct)) : Refuse.NotFound(ThirdBatchUnits.NoUnit(id));

    /// <summary>
    /// Sets a unit's start (and a gacha's or community's chosen end, and the day it finished): its officers, those above it or the
    /// office. A town's concentrated phase cannot be chosen; a gacha's cannot end before its minimum; a unit finishes no earlier
    /// than the end of its concentrated phase and not in the future. A stale version is 409.
    /// </summary>
    public async Task<Result<UnitView>> SaveAsync(long unitId, ScheduleInput input, CancellationToken ct)
    {
        var found = await units.ForWorkAsync(unitId, "unitId", ct);
        if (!found.Succeeded) return found.Kind == ResultKind.Refused ? Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId)) : Refuse.As(found);
        var unit = found.Value!;
        if (input.Start is not { } start) return Refuse.Field("start", Text.Of("请填写本单位的启动日期。", "Give the unit's start."));
        var phases = UnitRule.Phases(await campaign.RulesAsync(ct), unit.Kind);
        var chosen = input.ConcentratedEnd is { } end ? new Dictionary<string, DateOnly> { [UnitRule.Concentrated] = end } : null;
        var timeline = UnitTimeline.Plan(start, phases, chosen);
        if (!timeline.Succeeded)
            return Refuse.Field("concentratedEnd", timeline.Errors.Values.SelectMany(e => e).First());
        if (input.FinishedOn is { } finished)
        {
            var concentratedEnd = timeline.Value!.Phases[0].End;
            if (finished < concentratedEnd)
                return Refuse.Field("finishedOn", Text.Of($"集中学习实践阶段至 {concentratedEnd:yyyy-MM-dd} 结束，此前不能报告完成。",
                    $"The concentrated phase runs to {concentratedEnd:yyyy-MM-dd}; the unit cannot finish before it."));
            if (finished > campaign.Today)
                return Refuse.Field("finishedOn", Text.Of("完成日期不能晚于今天。", "The day it finished cannot be in the future."));
        }

        var saved = await schedules.SaveAsync(Kind, phases, new UnitScheduleInput(unit.Id, start, chosen, input.FinishedOn, input.Version), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        _schedules = null;
        var schedule = saved.Value!;
        // The unit's whole campaign is its obligation (calendars, reminders, compliance): met the day it finished.
        if (schedule.FinishedOn is { } on)
            await obligations.RecordAsync(UnitObligations.Finish.Key, ObligedKind.Organization, unit.Id, schedule.Start, UnitObligations.RecordRef(unit.Id),
                UnitDuesProvider.NoonOf(on, campaign.Jurisdiction), ct);
        else
            await obligations.ClearAsync(UnitObligations.Finish.Key, ObligedKind.Organization, unit.Id, schedule.Start, ct);
        return Result.Ok(await ViewAsync(unit, ct));
    }

    public async Task<UnitView> ViewAsync(Unit unit, CancellationToken ct)
    {
        var schedule = (await SchedulesAsync(ct)).GetValueOrDefault(unit.Id);
        var timeline = schedule is null ? null : schedule.Timeline(UnitRule.Phases(await campaign.RulesAsync(ct), unit.Kind));
        var state = UnitRule.StateOn(timeline, campaign.Today, schedule?.FinishedOn);
        return new UnitView(unit.Id, unit.Name, unit.Kind, UnitRule.KindName(unit.Kind).ToString(), unit.TownId, unit.Town, timeline?.Start, timeline?.End,
            [.. (timeline?.Phases ?? []).Select(p => new PhaseView(p.Key, p.Name.ToString(), p.Start, p.End))],
            schedule?.ChosenEnds.GetValueOrDefault(UnitRule.Concentrated) is { } chosen && chosen != default ? chosen : null, schedule?.FinishedOn, state, UnitRule.StateName(state).ToString(), schedule?.Version ?? 0, schedule?.RecordedBy);
    }
}
