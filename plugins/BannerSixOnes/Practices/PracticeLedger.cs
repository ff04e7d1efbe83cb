namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary>好做法、好经验台账.</summary>
public static class PracticeLedger
{
    public static LedgerDefinition Build(IReadOnlyList<PracticeRow> rows) => new(Text.Of("好做法好经验台账", "Good practices"),
        [
            new(Text.Of("单位", "Organization"), Width: 24), new(Text.Of("标题", "Title"), Width: 36), new(Text.Of("日期", "Date"), LedgerColumnType.Date), new(Text.Of("报送人", "Reported by"), LedgerColumnType.Person),
            new(Text.Of("报送时间", "Reported at"), LedgerColumnType.DateTime), new(Text.Of("精选", "Featured")), new(Text.Of("精选推荐语", "Why featured"), Width: 36),
        ],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Organization, r.Title, r.Date, r.SubmittedBy, r.SubmittedAt, r.Featured ? Text.Of("是", "Yes") : "", r.FeaturedNote])]);
}
