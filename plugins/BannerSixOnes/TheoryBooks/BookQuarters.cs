namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>
/// A quarter as item 4 owes it: the calendar quarter clipped to the campaign (Q2 of 2011 runs 05-05 … 06-30),
/// due on its last day. Notes filed after that day still count, marked late (逾期).
/// </summary>
public sealed record BookQuarter(Quarter Quarter, DateOnly Opens, DateOnly Due)
{
    public string Key => Quarter.Key;
    public string Label => Quarter.Label;

    /// <summary>The counted text's period date: the first day of the calendar quarter.</summary>
    public DateOnly PeriodDate => Quarter.Start;

    public static IReadOnlyList<BookQuarter> Of(SixOnesRules rules) =>
        [.. rules.Quarters.Select(q => new BookQuarter(q,
            q.Start < rules.CampaignStart ? rules.CampaignStart : q.Start,
            q.End > rules.CampaignEnd ? rules.CampaignEnd : q.End))];

    public static BookQuarter? Find(SixOnesRules rules, string key) => Of(rules).FirstOrDefault(q => q.Key == key);

    /// <summary>The campaign quarter a day falls in (06-30 → Q2, 07-01 → Q3); null outside the campaign.</summary>
    public static BookQuarter? Containing(SixOnesRules rules, DateOnly day) => Of(rules).FirstOrDefault(q => day >= q.Opens && day <= q.Due);
}
