namespace Modular.Plugins.BannerThirdBatch.Units;

/// <summary>The three kinds of participating unit (参学单位) the document names.</summary>
public enum UnitKind
{
    /// <summary>苏木镇机关: a sumu or town's party committee, for its organs.</summary>
    Town,
    /// <summary>嘎查: a village (pastoral) party organization.</summary>
    Gacha,
    /// <summary>社区: a community party organization.</summary>
    Community,
}

/// <summary>Where a unit stands: no start chosen, before its start, in one of its two phases, finished, or past its end unfinished.</summary>
public enum UnitState { NoSchedule, NotStarted, Concentrated, Consolidating, Done, Overrun }

/// <summary>
/// 二(三): “旗委对第三批活动单位各阶段的具体时间不作统一规定。各苏木镇机关集中活动时间为6个月，嘎查社区集中活动时间不少于4个月，
/// 另外安排2个月时间用于做好巩固扩大学习实践活动成果。各参学单位要结合实际，合理确定启动时间”. Which organizations take part,
/// and each one's phases from the start it chose (the SDK's <see cref="UnitTimeline"/>: month-end clamping, a gacha's chosen
/// end no earlier than its minimum). Pure.
/// </summary>
public static class UnitRule
{
    public const string Concentrated = "concentrated";
    public const string Consolidation = "consolidation";

    /// <summary>
    /// A participating unit's kind, or null: a sumu/town is a party committee of the township sector; a gacha or a community a
    /// party organization below the committee level (branch or general branch) of the village or community sector.
    /// </summary>
    public static UnitKind? KindOf(OrganizationInfo organization) => (organization.Kind, organization.Sector) switch
    {
        (OrganizationKind.PartyCommittee, Sector.Township) => UnitKind.Town,
        (OrganizationKind.Branch or OrganizationKind.GeneralBranch, Sector.Village) => UnitKind.Gacha,
        (OrganizationKind.Branch or OrganizationKind.GeneralBranch, Sector.Community) => UnitKind.Community,
        _ => null,
    };

    /// <summary>The phases of a unit of this kind: a town's fixed months, a gacha's or community's at least its minimum (the unit may choose a later end), then consolidation.</summary>
    public static IReadOnlyList<PhasePlan> Phases(ThirdBatchRules rules, UnitKind kind)
    {
        var concentrated = kind == UnitKind.Town
            ? new PhasePlan(Concentrated, PhaseName(Concentrated), rules.TownMonths)
            : new PhasePlan(Concentrated, PhaseName(Concentrated), rules.GachaMinMonths, MinMonths: rules.GachaMinMonths);
        return rules.ConsolidationMonths > 0
            ? [concentrated, new PhasePlan(Consolidation, PhaseName(Consolidation), rules.ConsolidationMonths)]
            : [concentrated];
    }

    /// <summary>A unit's state on a day, from its timeline (null: no start chosen yet) and the day it reported finishing.</summary>
    public static UnitState StateOn(UnitTimeline? timeline, DateOnly today, DateOnly? finishedOn) => timeline is null ? UnitState.NoSchedule
        : timeline.StateOn(today, finishedOn) switch
        {
            TimelineState.NotStarted => UnitState.NotStarted,
            TimelineState.Finished => UnitState.Done,
            TimelineState.Overrun => UnitState.Overrun,
            _ => timeline.PhaseOn(today)?.Key == Consolidation ? UnitState.Consolidating : UnitState.Concentrated,
        };

    public static LocalizedText PhaseName(string key) => key == Concentrated ? new("集中学习实践", "Concentrated activity") : new("巩固扩大成果", "Consolidation");

    public static LocalizedText KindName(UnitKind kind) => kind switch
    {
        UnitKind.Town => new("苏木镇机关", "Sumu/town organs"),
        UnitKind.Gacha => new("嘎查", "Gacha"),
        _ => new("社区", "Community"),
    };

    public static LocalizedText StateName(UnitState state) => state switch
    {
        UnitState.NoSchedule => new("未定启动时间", "No start chosen"),
        UnitState.NotStarted => new("未启动", "Not started"),
        UnitState.Concentrated => new("集中学习实践", "Concentrated"),
        UnitState.Consolidating => new("巩固扩大成果", "Consolidating"),
        UnitState.Done => new("已完成", "Done"),
        _ => new("超期未完成", "Overrun"),
    };

    /// <summary>The states in a chart's order, so that the host's series colours say the right thing: overrun red, no start pink, not started grey, concentrated blue, done green, consolidating amber.</summary>
    public static readonly IReadOnlyList<UnitState> ChartOrder =
        [UnitState.Overrun, UnitState.NoSchedule, UnitState.NotStarted, UnitState.Concentrated, UnitState.Done, UnitState.Consolidating];

    /// <summary>The host's colours for due states: done as done, running as pending, overrun as missed, the rest as not due.</summary>
    public static string CssClass(UnitState state) => (state switch
    {
        UnitState.Done => DueState.Done,
        UnitState.Concentrated or UnitState.Consolidating => DueState.Pending,
        UnitState.Overrun => DueState.Missed,
        _ => DueState.NotDue,
    }).CssClass();
}
