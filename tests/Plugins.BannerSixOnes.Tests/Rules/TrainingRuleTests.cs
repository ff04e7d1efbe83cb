using Modular.Plugins.BannerSixOnes.Training;
using Modular.Sdk.Core;

namespace Plugins.BannerSixOnes.Tests.Rules;

/// <summary>
/// Item 2, 大规模学习培训: every grassroots party committee rotates all its members (分领域分行业轮训一遍); coverage per
/// committee and per field, the goal 100% met only exactly (99 of 100 is below it).
/// </summary>
public sealed class TrainingRuleTests
{
    // 阿右旗委 ─ 雅布赖镇党委 (苏木镇) ─ 巴丹吉林嘎查党支部 (嘎查), 雅布赖社区党支部 (社区), 镇机关党支部 (no tag: the town's field)
    //         └ 旗直机关工委 (机关) ─ 旗财政局党支部 (机关)
    private static readonly OrganizationTree Tree = new(
    [
        new(1, null, "阿右旗委", OrganizationKind.PartyCommittee, null, 0),
        new(2, 1, "雅布赖镇党委", OrganizationKind.PartyCommittee, Sector.Township, 1),
        new(3, 2, "巴丹吉林嘎查党支部", OrganizationKind.Branch, Sector.Village, 2),
        new(4, 2, "雅布赖社区党支部", OrganizationKind.Branch, Sector.Community, 2),
        new(5, 2, "镇机关党支部", OrganizationKind.Branch, null, 2),
        new(6, 1, "旗直机关工委", OrganizationKind.PartyCommittee, Sector.GovernmentOrgan, 1),
        new(7, 6, "旗财政局党支部", OrganizationKind.Branch, Sector.GovernmentOrgan, 2),
    ]);

    private static PersonInfo Member(long id, long organization) => new(id, $"党员{id}", organization, MemberCategory.Full, false, false);

    [Theory]
    [InlineData(100, 100, 100, true)]
    [InlineData(99, 100, 100, false)] // 99%: below the goal, no rounding up
    [InlineData(1, 3, 33, true)]      // 33.3% ≥ 33%
    [InlineData(0, 0, 100, true)]     // nobody to train
    public void The_goal_is_met_exactly(int trained, int members, int goal, bool met) =>
        Assert.Equal(met, TrainingRules.MeetsGoal(trained, members, goal));

    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(0, 0, 100)]
    public void Coverage_is_a_percent_with_one_decimal(int trained, int members, double percent) =>
        Assert.Equal((decimal)percent, TrainingRules.Percent(trained, members));

    [Fact]
    public void Grassroots_committees_are_the_party_committees_below_the_top()
    {
        Assert.Equal(["雅布赖镇党委", "旗直机关工委"], TrainingRules.Committees(Tree).Select(c => c.Name));
        Assert.Equal([2L, 3, 4, 5, 6, 7], TrainingScope.Organizations(Tree).Order());
    }

    [Fact]
    public void A_committee_covers_its_subtree_by_the_field_of_each_members_own_organization()
    {
        PersonInfo[] members = [Member(10, 3), Member(11, 3), Member(12, 4), Member(13, 5), Member(14, 7)];
        var coverage = new TrainingCoverage(Tree, members, new HashSet<long> { 10, 11, 13, 14 }, goalPercent: 100);

        var town = coverage.For(Tree.Find(2)!, sessions: 2);
        Assert.Equal((4, 3, 75m, false, "苏木镇/乡镇"), (town.Members, town.Trained, town.Percent, town.MeetsGoal, town.Field));
        Assert.Equal(["苏木镇/乡镇 1/1", "嘎查/农村 2/2", "社区 0/1"], town.Fields.Select(f => $"{f.Field} {f.Trained}/{f.Members}"));
        var organs = coverage.For(Tree.Find(6)!, sessions: 1);
        Assert.Equal((1, 1, true), (organs.Members, organs.Trained, organs.MeetsGoal));
    }

    [Theory]
    [InlineData("嘎查/农村", Sector.Village)]
    [InlineData("community", Sector.Community)]
    [InlineData("牧区", null)]
    public void A_field_is_read_from_its_Chinese_or_enum_name(string text, Sector? sector) => Assert.Equal(sector, TrainingFields.Parse(text));

    [Fact]
    public void The_top_committee_rotates_the_branches_directly_under_it_and_nobody_twice()
    {
        var tree = new OrganizationTree([.. Tree.All,
            new(8, 1, "旗委办公室党支部", OrganizationKind.Branch, Sector.GovernmentOrgan, 1),
            new(9, 1, "旗创先争优活动领导小组办公室", OrganizationKind.LeadingGroupOffice, null, 1)]);
        Assert.Equal(["阿右旗委", "雅布赖镇党委", "旗直机关工委"], TrainingRules.Committees(tree).Select(c => c.Name));
        Assert.Equal([1L, 8, 9], TrainingRules.OwnOrganizations(tree, tree.Find(1)!).Order());
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8, 9], TrainingScope.Organizations(tree).Order());
        PersonInfo[] members = [Member(10, 3), Member(14, 7), Member(20, 8), Member(21, 8)];
        var coverage = new TrainingCoverage(tree, members, new HashSet<long> { 20 }, goalPercent: 100);
        var top = coverage.For(tree.Find(1)!, sessions: 1);
        Assert.Equal((2, 1, 50m), (top.Members, top.Trained, top.Percent));
        Assert.Equal(members.Length, TrainingRules.Committees(tree).Sum(c => coverage.For(c, 0).Members));
        // An office alone under the top committee is no branch: no row for it.
        var officeOnly = new OrganizationTree([.. Tree.All, new(9, 1, "旗创先争优活动领导小组办公室", OrganizationKind.LeadingGroupOffice, null, 1)]);
        Assert.Equal(["雅布赖镇党委", "旗直机关工委"], TrainingRules.Committees(officeOnly).Select(c => c.Name));
    }
}
