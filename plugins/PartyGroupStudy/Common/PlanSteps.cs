using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Common;

/// <summary>三、“五带头”: 带头深入学习、带头调查研究、带头解放思想、带头分析检查、带头整改落实.</summary>
public enum FiveLead { Study, Research, Emancipation, Analysis, Rectification }

/// <summary>
/// One thing the plan asks by a day, and whether and when it was done: a member's (<paramref name="PersonId"/>) or the
/// party group's own (null). Every item turns its records into steps (<see cref="IPlanSteps"/>); from them alone come the
/// core's obligations (<see cref="PlanObligations"/>), the office's table of what is missing per member and stage, each
/// member's “due next” and the five leads.
/// </summary>
/// <param name="TypeKey">The obligation type (<c>party-group-study.study-hours</c>); one of its item's <see cref="IPlanSteps.Types"/>.</param>
/// <param name="Stage">1, 2 or 3: the stage the step belongs to.</param>
/// <param name="DoneOn">The day it was met (the day the hours reached 40, the report was accepted…); null while not.</param>
/// <param name="Detail">Where it stands in figures, in the reader's language (“38.5 / 40 小时”).</param>
/// <param name="Lead">The one of the five leads the step shows; null for steps that show none.</param>
/// <param name="Page">The plugin page where it is done (“/Study”).</param>
public sealed record PlanStep(string TypeKey, int Stage, LocalizedText Name, long? PersonId, DateOnly Due, DateOnly? DoneOn, string? Detail, FiveLead? Lead, string Page)
{
    /// <summary>
    /// The period the core files the obligation under (one per type, person and period): the campaign's start unless an
    /// item has several steps of one type per member (its rectification items, by due day).
    /// </summary>
    public DateOnly? Period { get; init; }

    public DueState StateOn(DateOnly today) => DueStates.Of(Due, DoneOn, today);
}

/// <summary>
/// An item's steps for the whole party group. No permission check here: the core's obligations read it in the background;
/// the pages and the API filter what each user may see (Progress/PlanProgress).
/// </summary>
public interface IPlanSteps
{
    IReadOnlyList<ObligationType> Types { get; }

    Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct);
}

public static class PlanStepsRegistration
{
    /// <summary>Registers an item's steps: its obligations, the office's table, the members' due list and the five leads read them.</summary>
    public static void AddPlanSteps<TSteps>(this IPluginBuilder plugin) where TSteps : class, IPlanSteps =>
        plugin.Services.AddScoped<IPlanSteps, TSteps>();
}
