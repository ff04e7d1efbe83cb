using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>Short names of the six and of item states, as the dashboards' columns and badges show them.</summary>
public static class DashboardText
{
    public static readonly LocalizedText[] ShortNames =
    [
        new("党性党纪教育", "Discipline education"), new("大规模培训", "Large-scale training"), new("每日学习笔记", "Daily study notes"),
        new("精读理论著作", "Theory books"), new("调研报告", "Research report"), new("知识竞赛", "Knowledge contest"),
    ];

    public static string ShortName(int number) => number is >= 1 and <= 6 ? ShortNames[number - 1].ToString() : $"#{number}";

    public static string State(DueState state) => state switch
    {
        DueState.Done or DueState.Late => Text.Of("已完成", "Done"),
        DueState.Missed => Text.Of("逾期", "Overdue"),
        DueState.Pending => Text.Of("进行中", "In progress"),
        _ => Text.Of("未到期", "Not due"),
    };

    public static string StateClass(DueState state) => state switch
    {
        DueState.Done or DueState.Late => "st-done",
        DueState.Missed => "st-late",
        DueState.Pending => "st-progress",
        _ => "st-none",
    };

    /// <summary>
    /// Whether the member has something to write for the item now: their notes, reading notes and report
    /// until done, the contest while it is open. Items 1 and 2 are recorded by the organization: only to look at.
    /// </summary>
    public static bool MemberWrites(MemberItemStatus item) =>
        !item.State.IsDone() && (item.Number is 3 or 4 or 5 || item.Number == 6 && item.State == DueState.Pending);

    public static string Percent(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
