namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>The notes' ledgers (台账) as .xlsx/CSV: the year-end result per member, and the quarter inspections.</summary>
public static class NoteLedgers
{
    public static string StatusName(InspectionStatus status) => status switch
    {
        InspectionStatus.NotOpened => "未开始", InspectionStatus.Open => "检查中", _ => "已结束",
    };

    /// <summary><see cref="StatusName"/> in the user's language, for the pages.</summary>
    public static string StatusText(InspectionStatus status) => status switch
    {
        InspectionStatus.NotOpened => Text.Of("未开始", "Not opened"), InspectionStatus.Open => Text.Of("检查中", "Open"), _ => Text.Of("已结束", "Closed"),
    };

    public static LedgerDefinition YearEnd(YearEndReport report) => new(
        $"{report.Scope}每日学习笔记年终实绩考核台账（截至 {report.AsOf:yyyy-MM-dd}）",
        [
            new("姓名", LedgerColumnType.Person), new("所在支部"), new("应记天数", LedgerColumnType.Integer), new("有效天数", LedgerColumnType.Integer),
            new("完成率", LedgerColumnType.Decimal), new("学习时长", LedgerColumnType.Decimal),
            new("Q1 验收结果"), new("Q2 验收结果"), new("Q3 验收结果"), new("Q4 验收结果"),
        ],
        [.. report.Lines.Select(l => (IReadOnlyList<object?>)
            [l.Name, l.OrganizationName, l.DaysDue, l.Notes, l.Percent, l.Hours, l.Quarters[0], l.Quarters[1], l.Quarters[2], l.Quarters[3]])])
    {
        FileName = $"学习笔记年终考核-{report.Scope}",
        SheetName = "年终实绩考核",
    };

    public static LedgerDefinition Inspections(string quarterLabel, IReadOnlyList<InspectionSummary> rows) => new(
        $"{quarterLabel}学习笔记检查验收台账",
        [
            new("所在支部"), new("季度"), new("党员人数", LedgerColumnType.Integer), new("通过", LedgerColumnType.Integer), new("退回", LedgerColumnType.Integer),
            new("有效天数", LedgerColumnType.Integer), new("应记天数", LedgerColumnType.Integer), new("完成率", LedgerColumnType.Decimal),
            new("状态"), new("开始人"), new("开始时间", LedgerColumnType.DateTime), new("结束人"), new("结束时间", LedgerColumnType.DateTime),
        ],
        [.. rows.Select(r => (IReadOnlyList<object?>)
            [r.OrganizationName, r.QuarterKey, r.Members, r.Accepted, r.Returned, r.Notes, r.MemberDaysDue, r.Percent,
             StatusName(r.Status), r.OpenedBy, r.OpenedAt, r.ClosedBy, r.ClosedAt])])
    {
        FileName = $"学习笔记检查验收-{quarterLabel}",
        SheetName = "季度检查验收",
    };
}
