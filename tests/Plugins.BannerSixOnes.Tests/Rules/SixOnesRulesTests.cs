using Modular.Plugins.BannerSixOnes;
using Modular.Plugins.BannerSixOnes.Education;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;
using static Modular.Testing.Dates;

namespace Plugins.BannerSixOnes.Tests.Rules;

/// <summary>The document's numbers (阿右创组发〔2011〕7号) as the defaults, and item 1's “7月1日前”.</summary>
public sealed class SixOnesRulesTests
{
    private static readonly PluginRules<SixOnesRules> SixOnes = new(SixOnesHost.PluginId, SixOnesRules.From);

    [Fact]
    public void The_defaults_are_the_documents_numbers()
    {
        Assert.Equal((2011, Day("2011-05-05"), Day("2011-12-31")), (SixOnes.Defaults.Year, SixOnes.Defaults.CampaignStart, SixOnes.Defaults.CampaignEnd));
        Assert.Equal(Day("2011-06-30"), SixOnes.Defaults.EducationDue);           // “7月1日前”: 06-30 is the last day
        Assert.Equal(100, SixOnes.Defaults.TrainingGoalPercent);                  // rotate *all* members
        Assert.Equal((300, 1m), (SixOnes.Defaults.DailyNoteMinChars, SixOnes.Defaults.DailyStudyHours)); // one hour, 300 characters a day
        Assert.Equal(1500, SixOnes.Defaults.TheoryBookMinChars);
        Assert.Equal((Day("2011-06-30"), 60), (SixOnes.Defaults.ContestDate, SixOnes.Defaults.ContestMinutes)); // “6月底”
    }

    [Fact]
    public void Another_campaign_year_moves_every_day_with_it()
    {
        var next = SixOnes.With(("campaign.year", "2012"));
        Assert.Equal((Day("2012-05-05"), Day("2012-06-30"), Day("2012-06-30")), (next.CampaignStart, next.EducationDue, next.ContestDate));
        Assert.Contains("7月1日前（6月30日为最后一天）", SixOnes.Defaults.Items[0].Rule);
        Assert.Equal(Day("2011-06-29"), SixOnes.With(("education.due", "06-30")).EducationDue);
    }

    [Theory]
    [InlineData("2011-06-30", "2011-07-05", DueState.Done)] // on the last day
    [InlineData("2011-07-01", "2011-07-05", DueState.Late)] // 七一 itself is late
    [InlineData(null, "2011-06-30", DueState.Pending)]
    [InlineData(null, "2011-07-01", DueState.Missed)]
    public void The_education_event_is_due_on_or_before_June_30(string? heldOn, string today, DueState state) =>
        Assert.Equal(state, EducationRules.StateOf(DayOrNull(heldOn), SixOnes.Defaults.EducationDue, Day(today)));

    [Theory]
    [InlineData(OrganizationKind.PartyCommittee, true)]
    [InlineData(OrganizationKind.Branch, true)]
    [InlineData(OrganizationKind.PartyGroup, true)]
    [InlineData(OrganizationKind.LeadingGroupOffice, false)] // the campaign's office owes nothing
    public void Party_organizations_owe_the_education_event(OrganizationKind kind, bool owes) =>
        Assert.Equal(owes, EducationRules.Owes(new OrganizationInfo(1, null, "x", kind, null, 0)));
}
