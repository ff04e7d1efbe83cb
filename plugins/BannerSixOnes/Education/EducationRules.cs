using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>The three subjects the document names for the event (反腐倡廉理论、党章等党内法规、国家法律法规).</summary>
public static class EducationContents
{
    public static readonly IReadOnlyList<string> All = ["反腐倡廉理论", "党章等党内法规", "国家法律法规"];
}

/// <summary>Where an organization stands on its one education event.</summary>
public enum EducationState
{
    /// <summary>No event yet, and the due day has not passed (待完成).</summary>
    Pending,
    /// <summary>Recorded, held on or before the due day (按时完成).</summary>
    OnTime,
    /// <summary>Recorded, held after the due day (逾期完成).</summary>
    DoneLate,
    /// <summary>No event, and today is after the due day (逾期未完成).</summary>
    Overdue,
}

public static class EducationRules
{
    /// <summary>
    /// Party organizations hold the event (党委、党总支、党支部、党组); the campaign's leading group,
    /// its office and the inspection groups are not party organizations and owe nothing.
    /// </summary>
    public static bool Owes(OrganizationKind kind) =>
        kind is OrganizationKind.PartyCommittee or OrganizationKind.GeneralBranch or OrganizationKind.Branch or OrganizationKind.PartyGroup;

    /// <summary>"By 07-01": an event dated on or before the due day is on time; without one, late from the day after.</summary>
    public static EducationState StateOf(DateOnly? heldOn, DateOnly due, DateOnly today) =>
        heldOn is { } held ? (held <= due ? EducationState.OnTime : EducationState.DoneLate)
        : today > due ? EducationState.Overdue : EducationState.Pending;

    public static string Label(EducationState state) => state switch
    {
        EducationState.OnTime => "按时完成",
        EducationState.DoneLate => "逾期完成",
        EducationState.Overdue => "逾期未完成",
        _ => "待完成",
    };

    /// <summary>CSS class for the coloured status on the pages.</summary>
    public static string CssClass(EducationState state) => state switch
    {
        EducationState.OnTime => "edu-ontime",
        EducationState.DoneLate => "edu-late-done",
        EducationState.Overdue => "edu-overdue",
        _ => "edu-pending",
    };
}
