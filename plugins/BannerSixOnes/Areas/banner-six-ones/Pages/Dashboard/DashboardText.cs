using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>Short names of the six and of item states, as the dashboards' columns and badges show them.</summary>
public static class DashboardText
{
    public static readonly string[] ShortNames = ["党性党纪教育", "大规模培训", "每日学习笔记", "精读理论著作", "调研报告", "知识竞赛"];

    public static string ShortName(int number) => number is >= 1 and <= 6 ? ShortNames[number - 1] : $"#{number}";

    public static string State(ItemState state) => state switch
    {
        ItemState.Done => "已完成",
        ItemState.Late => "逾期",
        ItemState.InProgress => "进行中",
        _ => "未到期",
    };

    public static string StateClass(ItemState state) => state switch
    {
        ItemState.Done => "st-done",
        ItemState.Late => "st-late",
        ItemState.InProgress => "st-progress",
        _ => "st-none",
    };

    /// <summary>
    /// Whether the member has something to write for the item now: their notes, reading notes and report
    /// until done, the contest while it is open. Items 1 and 2 are recorded by the organization: only to look at.
    /// </summary>
    public static bool MemberWrites(MemberItemStatus item) =>
        item.State != ItemState.Done && (item.Number is 3 or 4 or 5 || item.Number == 6 && item.State == ItemState.InProgress);

    public static string Percent(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
