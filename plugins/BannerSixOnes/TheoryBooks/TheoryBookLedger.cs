namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>精读理论著作台账: one row per cadre and quarter.</summary>
public static class TheoryBookLedger
{
    public static LedgerDefinition Build(IReadOnlyList<BookNoteRow> rows, string? quarter) => new(
        quarter is null ? Text.Of("精读理论著作台账", "Theory books") : Text.Of($"精读理论著作台账（{quarter}）", $"Theory books ({quarter})"),
        [
            new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("单位", "Organization"), Width: 24), new(Text.Of("季度", "Quarter")), new(Text.Of("书名", "Book"), Width: 28), new(Text.Of("作者", "Author")),
            new(Text.Of("字数", "Characters"), LedgerColumnType.Integer), new(Text.Of("提交日期", "Submitted on"), LedgerColumnType.Date), new(Text.Of("状态", "State")),
        ],
        [.. rows.OrderBy(r => r.PeriodKey).ThenBy(r => r.Organization).ThenBy(r => r.Name).Select(r => (IReadOnlyList<object?>)
            [r.Name, r.Organization, r.PeriodKey, Quoted.Title(r.Title), r.Author, r.Characters, r.SubmittedOn, r.Late ? Text.Of($"{r.StateLabel}（逾期）", $"{TheoryBookNotes.StateText(r.State)} (late)") : TheoryBookNotes.StateText(r.State)])]);
}
