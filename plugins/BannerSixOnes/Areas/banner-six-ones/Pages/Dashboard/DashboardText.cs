using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>Short names of the six and of item states, as the dashboards' columns and badges show them.</summary>
public static class DashboardText
{
    public static readonly string[] ShortNames = ["党性党纪教育", "大规模培训", "每日学习笔记", "精读理论著作", "调研报告", "知识竞赛"];

    public static string ShortName(int number) => number is >= 1 and <= 6 ? ShortNames[number - 1] : $"#{number}";

    public static string State(DueState state) => state switch
    {
        DueState.Done or DueState.Late => "已完成",
        DueState.Missed => "逾期",
        DueState.Pending => "进行中",
        _ => "未到期",
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
