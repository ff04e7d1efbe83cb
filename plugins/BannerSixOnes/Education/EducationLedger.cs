namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>党性、党纪教育活动台账: one line per party organization, with or without its event.</summary>
public static class EducationLedger
{
    public static LedgerDefinition Build(int year, IReadOnlyList<EducationRow> rows) => new($"{year}年党性、党纪教育活动台账",
    [
        new("组织", Width: 28), new("上级党委", Width: 20), new("主题", Width: 30), new("日期", LedgerColumnType.Date), new("地点", Width: 16),
        new("内容", Width: 30), new("应到", LedgerColumnType.Integer), new("实到", LedgerColumnType.Integer),
        new("出勤率(%)", LedgerColumnType.Decimal), new("状态"),
    ],
    [.. rows.Select(r => (IReadOnlyList<object?>)
    [
        r.Organization, r.ParentCommittee, r.Topic, r.HeldOn, r.Place, r.Contents.Count == 0 ? null : string.Join("、", r.Contents),
        r.EventId is null ? null : r.Expected, r.EventId is null ? null : r.Attended, r.AttendanceRate, r.StateLabel,
    ])])
    { FileName = $"党性党纪教育活动台账-{year}" };
}
