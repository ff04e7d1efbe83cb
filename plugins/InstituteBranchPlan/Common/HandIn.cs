namespace Modular.Plugins.InstituteBranchPlan.Common;

/// <summary>What the plan's hand-ins (a personal plan, a year-end report) are called in each state: 按时提交, 逾期提交, 待提交, 逾期未交.</summary>
public static class HandIn
{
    public static LocalizedText StateName(DueState state) => state switch
    {
        DueState.Done => new("按时提交", "On time"),
        DueState.Late => new("逾期提交", "Late"),
        DueState.Pending => new("待提交", "Due"),
        DueState.Missed => new("逾期未交", "Missing"),
        _ => new("未到期", "Not due"),
    };
}
