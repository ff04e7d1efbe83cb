using Modular.Plugins.BannerThirdBatch;
using Modular.Plugins.BannerThirdBatch.Assistance;
using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Outreach;
using Modular.Plugins.BannerThirdBatch.Sessions;
using Modular.Plugins.BannerThirdBatch.Units;
using Modular.Sdk.Core;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>A unit's own work as plain code: whose unit a member is, outreach, sessions and assistance at their edges.</summary>
public sealed class UnitWorkRuleTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void A_member_belongs_to_the_nearest_participating_unit_at_or_above_their_organization()
    {
        var tree = new OrganizationTree([
            new OrganizationInfo(1, null, "旗委", OrganizationKind.PartyCommittee, null, 0),
            new OrganizationInfo(2, 1, "苏木党委", OrganizationKind.PartyCommittee, Sector.Township, 1),
            new OrganizationInfo(3, 2, "苏木机关党支部", OrganizationKind.Branch, Sector.Township, 2),
            new OrganizationInfo(4, 2, "嘎查党支部", OrganizationKind.Branch, Sector.Village, 2),
            new OrganizationInfo(5, 4, "嘎查第一党小组", OrganizationKind.Branch, Sector.Village, 3),
            new OrganizationInfo(6, 1, "旗财政局党支部", OrganizationKind.Branch, Sector.GovernmentOrgan, 1),
        ]);
        var units = new Dictionary<long, Unit> { [2] = new(2, "苏木党委", UnitKind.Town, null, null), [4] = new(4, "嘎查党支部", UnitKind.Gacha, 2, "苏木党委") };
        Assert.Equal(2, UnitMembership.Of(tree, units, 2)?.Id);   // the town committee itself
        Assert.Equal(2, UnitMembership.Of(tree, units, 3)?.Id);   // the town's organs' branch belongs to the town
        Assert.Equal(4, UnitMembership.Of(tree, units, 4)?.Id);
        Assert.Equal(4, UnitMembership.Of(tree, units, 5)?.Id);   // the nearest unit, not the town
        Assert.Null(UnitMembership.Of(tree, units, 6));           // a banner organ takes no part
        Assert.Null(UnitMembership.Of(tree, units, 1));
    }

    [Fact]
    public void Outreach_counts_each_member_once_and_is_through_the_day_the_last_one_was_first_reached()
    {
        var first = new Dictionary<long, DateOnly> { [1] = new(2026, 3, 2), [2] = new(2026, 3, 5) };
        Assert.Equal(new UnitFigure(9, "u", 2, 3), OutreachRule.Coverage(9, "u", [1, 2, 3], first));
        Assert.Null(OutreachRule.CompletedOn([1, 2, 3], first));
        Assert.Equal(new DateOnly(2026, 3, 5), OutreachRule.CompletedOn([1, 2], first));
        Assert.Null(OutreachRule.CompletedOn([], first));
        Assert.Equal(new DateOnly(2026, 3, 31), OutreachRule.DueOn(ThirdBatchRules.Document, new(2026, 3, 1)));   // 30 days after the start
    }

    [Fact]
    public void A_contact_is_today_at_the_latest_and_says_how()
    {
        Assert.Empty(OutreachRule.Problems(Today, OutreachMethod.Phone, null, Today));
        Assert.True(OutreachRule.Problems(Today.AddDays(1), OutreachMethod.Phone, null, Today).ContainsKey("reachedOn"));
        Assert.True(OutreachRule.Problems(null, OutreachMethod.Phone, null, Today).ContainsKey("reachedOn"));
        Assert.True(OutreachRule.Problems(Today, null, null, Today).ContainsKey("method"));
        Assert.True(OutreachRule.Problems(Today, (OutreachMethod)9, null, Today).ContainsKey("method"));
        Assert.True(OutreachRule.Problems(Today, OutreachMethod.Visit, new string('x', 2001), Today).ContainsKey("note"));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("0.5", true)]
    [InlineData("24", true)]
    [InlineData("24.5", false)]
    public void A_session_lasts_above_nothing_and_at_most_a_day(string hours, bool ok) =>
        Assert.Equal(ok, !SessionRule.Problems(SessionKind.GenPing, "学习根平同志事迹", Today, decimal.Parse(hours), [], Today).ContainsKey("hours"));

    [Fact]
    public void A_session_was_held_has_a_title_and_lists_each_person_once()
    {
        Assert.Empty(SessionRule.Problems(SessionKind.SecretaryTraining, "集中培训", Today, 8, [1, 2], Today));
        Assert.True(SessionRule.Problems(SessionKind.SecretaryTraining, "集中培训", Today.AddDays(1), 8, [], Today).ContainsKey("heldOn"));
        Assert.True(SessionRule.Problems(SessionKind.SecretaryTraining, " ", Today, 8, [], Today).ContainsKey("title"));
        Assert.True(SessionRule.Problems(null, "x", Today, 8, [], Today).ContainsKey("kind"));
        Assert.True(SessionRule.Problems(SessionKind.Lecture, "x", Today, 8, [1, 1], Today).ContainsKey("attendees"));
        Assert.Equal([SessionKind.RequiredBooks, SessionKind.GenPing, SessionKind.Lecture], SessionRule.StudyKinds);
    }

    [Theory]
    [InlineData(AssistanceKind.Funds, null, null, "amount")]
    [InlineData(AssistanceKind.Funds, "0", null, "amount")]
    [InlineData(AssistanceKind.Funds, "0.01", null, null)]          // the least amount of funds
    [InlineData(AssistanceKind.Funds, "0.001", null, "amount")]     // yuan and fen only
    [InlineData(AssistanceKind.Venue, null, null, "detail")]
    [InlineData(AssistanceKind.Venue, null, "活动室一间", null)]
    [InlineData(AssistanceKind.Materials, "0", "教材50册", null)]   // an amount is optional for the others, 0 allowed
    [InlineData(AssistanceKind.Materials, "-1", "教材50册", "amount")]
    [InlineData(AssistanceKind.Other, null, " ", "detail")]
    [InlineData(AssistanceKind.Member, "500", null, "detail")]
    [InlineData(AssistanceKind.Member, null, "慰问", null)]
    [InlineData(AssistanceKind.Funds, "100000000", null, null)]
    [InlineData(AssistanceKind.Funds, "100000000.01", null, "amount")]
    public void Funds_need_an_amount_above_zero_and_the_rest_say_what_was_given(AssistanceKind kind, string? amount, string? detail, string? wrong)
    {
        var errors = AssistanceRule.Problems(kind, amount is null ? null : decimal.Parse(amount), detail, Today, Today);
        if (wrong is null) Assert.Empty(errors);
        else Assert.Equal([wrong], errors.Keys);
    }

    [Fact]
    public void Help_is_given_today_at_the_latest() =>
        Assert.True(AssistanceRule.Problems(AssistanceKind.Funds, 100, null, Today.AddDays(1), Today).ContainsKey("givenOn"));
}
