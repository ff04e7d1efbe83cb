using Modular.Plugins.CountyFiveActivities.FourFinds;
using Modular.Plugins.CountyFiveActivities.Innovation;
using Modular.Plugins.CountyFiveActivities.ServingThePeople;
using Modular.Plugins.CountyFiveActivities.Standards;
using Modular.Sdk.Core;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>The smaller rules of the five activities and the standards: service hours, demonstration units, 四找, 分类指导.</summary>
public sealed class ActivitiesRuleTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(0.5, true)]
    [InlineData(24, true)] // at most a day's
    [InlineData(24.5, false)]
    public void A_service_counts_more_than_no_hours_and_at_most_24(double hours, bool valid) =>
        Assert.Equal(valid, ServiceRule.ValidHours((decimal)hours));

    [Fact]
    public void A_demonstration_unit_is_recognized_only_when_it_meets_all_five_standards()
    {
        var unit = new DemonstrationUnit { VenueStandard = true, ArchivesStandard = true, ActivitiesStandard = true, ServiceOutstanding = true };
        Assert.Equal(4, InnovationRule.StandardsMet(unit));
        Assert.False(InnovationRule.MayBeRecognized(unit));
        unit.DevelopmentOutstanding = true;
        Assert.True(InnovationRule.MayBeRecognized(unit));
    }

    [Theory]
    [InlineData("people", FourFindsSubject.Person)]
    [InlineData("organizations", FourFindsSubject.Organization)]
    public void Four_finds_are_a_members_or_an_organizations(string subject, FourFindsSubject expected) =>
        Assert.Equal(expected, FourFindsRule.SubjectOf(subject));

    [Theory]
    [InlineData(Sector.Township, "创五好，践五新")]
    [InlineData(Sector.Village, "创五好，践五新")]
    [InlineData(Sector.Community, "四有一创")]
    [InlineData(Sector.GovernmentOrgan, "创五好，塑五型")]
    [InlineData(Sector.NonPublicEnterprise, "创五好，争五强")]
    [InlineData(Sector.SocialOrganization, "创五好，争五强")]
    [InlineData(Sector.Health, "创一流工作，争一流业绩")]
    [InlineData(Sector.Research, "创一流工作，争一流业绩")] // “卫生、教育及其他各领域”
    [InlineData(null, "创一流工作，争一流业绩")]
    public void The_sector_picks_the_theme(Sector? sector, string theme) =>
        Assert.Equal(theme, SectorGuidance.For(sector).Theme);

    [Fact]
    public void The_five_goods_are_the_documents_five_in_order()
    {
        Assert.Equal(["领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"], FiveGoodsAndFiveModels.FiveGoods.Select(g => g.Name));
        Assert.Equal(5, FiveGoodsAndFiveModels.FiveModels.Count);
    }
}
