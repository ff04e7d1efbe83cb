namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>精读理论著作台账: one row per cadre and quarter.</summary>
public static class TheoryBookLedger
{
    public static LedgerDefinition Build(IReadOnlyList<BookNoteRow> rows, string? quarter) => new(
        quarter is null ? "精读理论著作台账" : $"精读理论著作台账（{quarter}）",
        [
            new("姓名", LedgerColumnType.Person), new("单位", Width: 24), new("季度"), new("书名", Width: 28), new("作者"),
            new("字数", LedgerColumnType.Integer), new("提交日期", LedgerColumnType.Date), new("状态"),
        ],
        [.. rows.OrderBy(r => r.PeriodKey).ThenBy(r => r.Organization).ThenBy(r => r.Name).Select(r => (IReadOnlyList<object?>)
            [r.Name, r.Organization, r.PeriodKey, $"《{r.Title}》", r.Author, r.Characters, r.SubmittedOn, r.Late ? $"{r.StateLabel}（逾期）" : r.StateLabel])]);
}
