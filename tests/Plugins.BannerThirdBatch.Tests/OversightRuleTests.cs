using Modular.Plugins.BannerThirdBatch.Guidance;
using Modular.Plugins.BannerThirdBatch.LeadingGroup;
using Modular.Plugins.BannerThirdBatch.Units;
using Modular.Plugins.BannerThirdBatch.Visits;
using Modular.Sdk.Blocks;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The oversight items' pure rules at their boundaries.</summary>
public sealed class OversightRuleTests
{
    private static readonly IReadOnlyList<Unit> Units =
    [
        new(1, "甲苏木", UnitKind.Town, null, null), new(2, "甲一嘎查", UnitKind.Gacha, 1, "甲苏木"), new(3, "甲社区", UnitKind.Community, 1, "甲苏木"),
        new(4, "乙镇", UnitKind.Town, null, null), new(5, "乙一嘎查", UnitKind.Gacha, 4, "乙镇"),
    ];

    [Fact]
    public void A_banner_group_covers_any_unit_and_a_towns_group_only_its_own_gacha_and_communities()
    {
        Assert.Empty(GuidanceRule.Outside(null, [1, 2, 4, 5], Units));
        Assert.Equal([99], GuidanceRule.Outside(null, [1, 99], Units));
        Assert.Empty(GuidanceRule.Outside(1, [2, 3], Units));
        Assert.Equal([5], GuidanceRule.Outside(1, [2, 5], Units));
        Assert.Equal([1], GuidanceRule.Outside(1, [1], Units)); // not the town itself
    }

    [Fact]
    public void A_follow_up_is_due_the_set_days_after_the_visit_and_closed_late_only_after_its_deadline()
    {
        Assert.Equal(new DateOnly(2026, 4, 4), FollowUpRule.DefaultDeadline(new DateOnly(2026, 3, 5), ThirdBatchRulesDocument.FollowUpDays));
        RectificationInfo On(DateOnly? closed) => new(1, "banner-third-batch", "follow-up", 2, "p", null, null, RectificationMode.Deadline, new DateOnly(2026, 4, 4), null, null, false, closed, null, 1);
        Assert.False(FollowUpRule.ClosedLate(On(new DateOnly(2026, 4, 4))));
        Assert.True(FollowUpRule.ClosedLate(On(new DateOnly(2026, 4, 5))));
        Assert.False(FollowUpRule.ClosedLate(On(null)));
        Assert.Equal(RectificationStatus.Open, On(null).StatusOn(new DateOnly(2026, 4, 4)));
        Assert.Equal(RectificationStatus.Overdue, On(null).StatusOn(new DateOnly(2026, 4, 5)));
    }

    [Fact]
    public void The_leading_group_has_one_leader_each_person_once_and_liaison_points_in_towns()
    {
        var people = new HashSet<long> { 10, 11, 12 };
        var towns = new HashSet<long> { 1, 4 };
        Assert.Empty(LeadingGroupRule.Problems([new(10, GroupRole.Leader, 1), new(11, GroupRole.Deputy, 4), new(12, GroupRole.Member, null)], people, towns));
        Assert.True(LeadingGroupRule.Problems([new(10, GroupRole.Leader, 1), new(11, GroupRole.Leader, 4)], people, towns).ContainsKey("members"));
        Assert.True(LeadingGroupRule.Problems([new(10, GroupRole.Member, 1)], people, towns).ContainsKey("members"));
        Assert.True(LeadingGroupRule.Problems([new(10, GroupRole.Leader, 1), new(10, GroupRole.Member, 1)], people, towns).ContainsKey("members"));
        Assert.True(LeadingGroupRule.Problems([new(99, GroupRole.Leader, 1)], people, towns).ContainsKey("members"));
        Assert.True(LeadingGroupRule.Problems([new(10, GroupRole.Leader, 2)], people, towns).ContainsKey("liaisonTownId"));
    }

    private static class ThirdBatchRulesDocument
    {
        public static int FollowUpDays => Modular.Plugins.BannerThirdBatch.ThirdBatchRules.Document.FollowUpDays;
    }
}
