namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>党性、党纪教育活动台账: one line per party organization, with or without its event.</summary>
public static class EducationLedger
{
    public static LedgerDefinition Build(int year, IReadOnlyList<EducationRow> rows) => new(Text.Of($"{year}年党性、党纪教育活动台账", $"Party-spirit and discipline education {year}"),
    [
        new(Text.Of("组织", "Organization"), Width: 28), new(Text.Of("上级党委", "Committee above"), Width: 20), new(Text.Of("主题", "Topic"), Width: 30), new(Text.Of("日期", "Date"), LedgerColumnType.Date), new(Text.Of("地点", "Place"), Width: 16),
        new(Text.Of("内容", "Content"), Width: 30), new(Text.Of("应到", "Expected"), LedgerColumnType.Integer), new(Text.Of("实到", "Attended"), LedgerColumnType.Integer),
        new(Text.Of("出勤率(%)", "Attendance (%)"), LedgerColumnType.Decimal), new(Text.Of("状态", "State")),
    ],
    [.. rows.Select(r => (IReadOnlyList<object?>)
    [
        r.Organization, r.ParentCommittee, r.Topic, r.HeldOn, r.Place, r.Contents.Count == 0 ? null : string.Join(Text.Of("、", ", "), r.Contents.Select(EducationContents.Say)),
        r.EventId is null ? null : r.Expected, r.EventId is null ? null : r.Attended, r.AttendanceRate, r.StateLabel,
    ])])
    { FileName = Text.Of($"党性党纪教育活动台账-{year}", $"discipline-education-{year}") };
}
