namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary>好做法、好经验台账.</summary>
public static class PracticeLedger
{
    public static LedgerDefinition Build(IReadOnlyList<PracticeRow> rows) => new("好做法好经验台账",
        [
            new("单位", Width: 24), new("标题", Width: 36), new("日期", LedgerColumnType.Date), new("报送人", LedgerColumnType.Person),
            new("报送时间", LedgerColumnType.DateTime), new("精选"), new("精选推荐语", Width: 36),
        ],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Organization, r.Title, r.Date, r.SubmittedBy, r.SubmittedAt, r.Featured ? "是" : "", r.FeaturedNote])]);
}
