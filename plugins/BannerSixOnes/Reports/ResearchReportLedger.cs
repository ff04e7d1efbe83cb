namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>调研报告台账: one row per report, with its review, 择优 and 上报.</summary>
public static class ResearchReportLedger
{
    public static LedgerDefinition Build(IReadOnlyList<ReportRow> rows, int year) => new(
        Text.Of($"{year}年调研报告台账", $"Research reports {year}"),
        [
            new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("单位", "Organization"), Width: 24), new(Text.Of("题目", "Title"), Width: 36), new(Text.Of("字数", "Characters"), LedgerColumnType.Integer),
            new(Text.Of("提交日期", "Submitted on"), LedgerColumnType.Date), new(Text.Of("评审", "Review")), new(Text.Of("择优", "Shortlisted")), new(Text.Of("上报", "Reported up")),
        ],
        [.. rows.OrderBy(r => r.Organization).ThenBy(r => r.Name).Select(r => (IReadOnlyList<object?>)
            [r.Name, r.Organization, Quoted.Title(r.Title), r.Characters, r.SubmittedOn, r.Late ? Text.Of($"{r.Review}（逾期提交）", $"{ResearchReports.ReviewText(r.State)} (submitted late)") : ResearchReports.ReviewText(r.State),
             r.Shortlisted ? Text.Of("是", "Yes") : "", r.Reported ? Text.Of("已上报", "Reported up") : ""])]);
}
