namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>调研报告台账: one row per report, with its review, 择优 and 上报.</summary>
public static class ResearchReportLedger
{
    public static LedgerDefinition Build(IReadOnlyList<ReportRow> rows, int year) => new(
        $"{year}年调研报告台账",
        [
            new("姓名", LedgerColumnType.Person), new("单位", Width: 24), new("题目", Width: 36), new("字数", LedgerColumnType.Integer),
            new("提交日期", LedgerColumnType.Date), new("评审"), new("择优"), new("上报"),
        ],
        [.. rows.OrderBy(r => r.Organization).ThenBy(r => r.Name).Select(r => (IReadOnlyList<object?>)
            [r.Name, r.Organization, $"《{r.Title}》", r.Characters, r.SubmittedOn, r.Late ? $"{r.Review}（逾期提交）" : r.Review,
             r.Shortlisted ? "是" : "", r.Reported ? "已上报" : ""])]);
}
