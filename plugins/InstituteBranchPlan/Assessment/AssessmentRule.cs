namespace Modular.Plugins.InstituteBranchPlan.Assessment;

/// <summary>Where one line of a member's annual assessment stands: 完成, 逾期完成, 未完成, 逾期 (not done after its day), or 不作要求 (shown, not owed).</summary>
public enum AssessmentState { Done, Late, Open, Overdue, NotRequired }

/// <summary>
/// 年度考核: how the lines the items already computed read as one member's assessment (三(三) “个人参与活动情况……进入年度考核”).
/// It judges nothing itself: a hand-in keeps its item's <see cref="DueState"/>; a count the item judged met or not is done,
/// or open until the campaign's year ends and overdue after it. Pure.
/// </summary>
public static class AssessmentRule
{
    /// <summary>A hand-in's state as its item computed it against its own due day.</summary>
    public static AssessmentState Of(DueState state) => state switch
    {
        DueState.Done => AssessmentState.Done,
        DueState.Late => AssessmentState.Late,
        DueState.Missed => AssessmentState.Overdue,
        _ => AssessmentState.Open,
    };

    /// <summary>Something owed within the campaign year (a count reached, an assessment made): done, else open until the year's end, then overdue.</summary>
    public static AssessmentState ByYearEnd(bool met, InstituteRules rules, DateOnly today) =>
        met ? AssessmentState.Done : today > rules.End ? AssessmentState.Overdue : AssessmentState.Open;

    /// <summary>Something owed by a day of its own (an evaluation round's close).</summary>
    public static AssessmentState ByDay(bool met, DateOnly due, DateOnly today) =>
        met ? AssessmentState.Done : today > due ? AssessmentState.Overdue : AssessmentState.Open;

    /// <summary>The worst of the required lines: overdue, else open, else late, else done.</summary>
    public static AssessmentState Overall(IEnumerable<AssessmentState> required)
    {
        var states = required.ToList();
        return states.Contains(AssessmentState.Overdue) ? AssessmentState.Overdue
            : states.Contains(AssessmentState.Open) ? AssessmentState.Open
            : states.Contains(AssessmentState.Late) ? AssessmentState.Late
            : AssessmentState.Done;
    }

    public static LocalizedText StateName(AssessmentState state) => state switch
    {
        AssessmentState.Done => new("完成", "Done"),
        AssessmentState.Late => new("逾期完成", "Done late"),
        AssessmentState.Open => new("未完成", "Not done"),
        AssessmentState.Overdue => new("逾期", "Overdue"),
        _ => new("不作要求", "Not required"),
    };

    /// <summary>The host stylesheet's colour for the state (the same as the matching <see cref="DueState"/>).</summary>
    public static string CssClass(AssessmentState state) => (state switch
    {
        AssessmentState.Done => DueState.Done,
        AssessmentState.Late => DueState.Late,
        AssessmentState.Open => DueState.Pending,
        AssessmentState.Overdue => DueState.Missed,
        _ => DueState.NotDue,
    }).CssClass();
}
