using Modular.Plugins.CountyFiveActivities;
using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Sdk.Blocks;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>
/// 群众公认度 (二(二): 注重…社会和群众公认度): the share of 优秀/合格 answers in the year's public evaluation; commendation.minRecognition
/// (0 by default: not required) the least share the county approves; and 各级党组织也要表彰: which level may commend what.
/// </summary>
public sealed class RecognitionRuleTests
{
    private static readonly PluginRules<CountyRules> County = new(CountyHost.PluginId, CountyRules.From);

    [Theory]
    [InlineData(3, 4, 75, true)]      // exactly the minimum
    [InlineData(2, 3, 75, false)]     // 66.7 %
    [InlineData(74, 99, 75, false)]   // 74.7 %, just under
    [InlineData(99, 100, 99, true)]
    [InlineData(98, 100, 99, false)]
    [InlineData(1, 1, 100, true)]
    [InlineData(0, 0, 0.1, false)]    // nobody answered: no share to meet any minimum
    [InlineData(0, 0, 0, true)]       // no minimum: not required
    [InlineData(0, 5, 0, true)]
    public void The_county_approves_at_or_above_the_minimum(int favourable, int answers, double min, bool enough)
    {
        Assert.Equal(enough, RecognitionRule.Enough(new(favourable, answers), (decimal)min));
        Assert.Equal(enough ? null : "recognition", RecognitionRule.Refused(new(favourable, answers), (decimal)min)?.Errors.Keys.Single());
    }

    [Fact]
    public void The_share_is_a_percentage_with_one_decimal_and_none_without_answers()
    {
        Assert.Equal(66.7m, new RecognitionRule.Recognition(2, 3).Percent);
        Assert.Equal(75m, new RecognitionRule.Recognition(3, 4).Percent);
        Assert.Null(new RecognitionRule.Recognition(0, 0).Percent);
        Assert.Equal(["excellent", "qualified"], RecognitionRule.FavourableOptions);
    }

    [Fact]
    public void The_minimum_is_a_setting_not_required_by_default()
    {
        Assert.Equal(0m, County.Defaults.MinRecognition);
        Assert.Equal(80m, County.With(("commendation.minRecognition", "80")).MinRecognition);
    }

    private const long Branch = 1, Township = 2, OtherTownship = 3;

    [Theory]
    [InlineData(Township, true, false, null)]                  // it came up to the township
    [InlineData(OtherTownship, true, false, "organizationId")] // never reached it
    [InlineData(Branch, false, false, "organizationId")]       // a branch has no level below to commend within
    [InlineData(Township, true, true, "organizationId")]       // the county's commendation is its approval
    public void A_committee_commends_what_reached_it(long organization, bool hasBelow, bool isCounty, string? field)
    {
        (long, NominationDecision)[] steps = [(Branch, NominationDecision.Nominated), (Branch, NominationDecision.Endorsed)];
        Assert.Equal(field, CommendationRule.LevelRefused(Township, steps, organization, hasBelow, isCounty)?.Errors.Keys.Single());
    }

    [Fact]
    public void A_level_that_passed_it_on_may_still_commend_it_but_not_one_it_dropped()
    {
        (long, NominationDecision)[] passedOn = [(Branch, NominationDecision.Nominated), (Branch, NominationDecision.Endorsed), (Township, NominationDecision.Endorsed)];
        Assert.Null(CommendationRule.LevelRefused(99, passedOn, Township, true, false));
        (long, NominationDecision)[] dropped = [(Branch, NominationDecision.Nominated), (Branch, NominationDecision.Endorsed), (Township, NominationDecision.Dropped)];
        Assert.Equal("organizationId", CommendationRule.LevelRefused(Township, dropped, Township, true, false)?.Errors.Keys.Single());
    }
}
