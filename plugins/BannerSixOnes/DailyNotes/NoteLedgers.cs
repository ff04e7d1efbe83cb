namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>The notes' ledgers (台账) as .xlsx/CSV: the year-end result per member, and the quarter inspections.</summary>
public static class NoteLedgers
{
    /// <summary>An inspection's state in the user's language (未开始 / 检查中 / 已结束).</summary>
    public static string StatusText(InspectionStatus status) => status switch
    {
        InspectionStatus.NotOpened => Text.Of("未开始", "Not opened"), InspectionStatus.Open => Text.Of("检查中", "Open"), _ => Text.Of("已结束", "Closed"),
    };

    public static LedgerDefinition YearEnd(YearEndReport report) => new(
        Text.Of($"{report.Scope}每日学习笔记年终实绩考核台账（截至 {report.AsOf:yyyy-MM-dd}）", $"{report.Scope} · daily study notes at the year end (as of {report.AsOf:yyyy-MM-dd})"),
        [
            new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("所在支部", "Branch")), new(Text.Of("应记天数", "Days due"), LedgerColumnType.Integer), new(Text.Of("有效天数", "Days written"), LedgerColumnType.Integer),
            new(Text.Of("完成率", "Completion"), LedgerColumnType.Decimal), new(Text.Of("学习时长", "Hours studied"), LedgerColumnType.Decimal),
            new(Text.Of("Q1 验收结果", "Q1 result")), new(Text.Of("Q2 验收结果", "Q2 result")), new(Text.Of("Q3 验收结果", "Q3 result")), new(Text.Of("Q4 验收结果", "Q4 result")),
        ],
        [.. report.Lines.Items.Select(l => (IReadOnlyList<object?>)
            [l.Name, l.OrganizationName, l.DaysDue, l.Notes, l.Percent, l.Hours, YearEndService.Say(l.Quarters[0]), YearEndService.Say(l.Quarters[1]), YearEndService.Say(l.Quarters[2]), YearEndService.Say(l.Quarters[3])])])
    {
        FileName = Text.Of($"学习笔记年终考核-{report.Scope}", $"notes-year-end-{report.Scope}"),
        SheetName = Text.Of("年终实绩考核", "Year end"),
    };

    public static LedgerDefinition Inspections(string quarterLabel, string quarterKey, IReadOnlyList<InspectionSummary> rows) => new(
        Text.Of($"{quarterLabel}学习笔记检查验收台账", $"Study note inspections {quarterKey}"),
        [
            new(Text.Of("所在支部", "Branch")), new(Text.Of("季度", "Quarter")), new(Text.Of("党员人数", "Members"), LedgerColumnType.Integer), new(Text.Of("通过", "Passed"), LedgerColumnType.Integer), new(Text.Of("退回", "Returned"), LedgerColumnType.Integer),
            new(Text.Of("有效天数", "Days written"), LedgerColumnType.Integer), new(Text.Of("应记天数", "Days due"), LedgerColumnType.Integer), new(Text.Of("完成率", "Completion"), LedgerColumnType.Decimal),
            new(Text.Of("状态", "State")), new(Text.Of("开始人", "Opened by")), new(Text.Of("开始时间", "Opened at"), LedgerColumnType.DateTime), new(Text.Of("结束人", "Closed by")), new(Text.Of("结束时间", "Closed at"), LedgerColumnType.DateTime),
        ],
        [.. rows.Select(r => (IReadOnlyList<object?>)
            [r.OrganizationName, r.QuarterKey, r.Members, r.Accepted, r.Returned, r.Notes, r.MemberDaysDue, r.Percent,
             StatusText(r.Status), r.OpenedBy, r.OpenedAt, r.ClosedBy, r.ClosedAt])])
    {
        FileName = Text.Of($"学习笔记检查验收-{quarterLabel}", $"note-inspections-{quarterKey}"),
        SheetName = Text.Of("季度检查验收", "Inspections"),
    };
}
