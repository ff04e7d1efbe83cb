using Modular.Plugins.CountyFiveActivities;
using Modular.Plugins.CountyFiveActivities.Mobilization;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;
using static Modular.Testing.Dates;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>
/// 进行发动部署 and 制定活动方案 (实施方案 二(一)): every party committee meets “在县委召开发动大会后7日内”, and a plan is filed
/// with the level above, which receives it or returns it.
/// </summary>
public sealed class MobilizationRuleTests
{
    private static readonly PluginRules<CountyRules> County = new(CountyHost.PluginId, CountyRules.From);

    private static DueState Status(string? county, string? committee, string today, int days = 7) =>
        MobilizationRule.Status(County.Defaults.Calendar, DayOrNull(county), DayOrNull(committee), Day(today), days);

    [Fact]
    public void The_committees_last_day_is_7_days_after_the_countys_meeting()
    {
        Assert.Equal(7, County.Defaults.CommitteeMeetingDays);
        Assert.Equal(Day("2010-05-17"), County.Defaults.CommitteeMeetingDue(Day("2010-05-10")));
        Assert.Equal(Day("2010-05-13"), County.With(("mobilization.committeeDays", "3")).CommitteeMeetingDue(Day("2010-05-10")));
        Assert.Null(MobilizationRule.CommitteeDue(County.Defaults.Calendar, null, 7));
    }

    [Theory]
    [InlineData(null, null, "2010-06-30", DueState.NotDue)]            // the county has not met: nothing is due
    [InlineData(null, "2010-05-12", "2010-06-30", DueState.NotDue)]
    [InlineData("2010-05-10", "2010-05-10", "2010-05-10", DueState.Done)] // the same day
    [InlineData("2010-05-10", "2010-05-17", "2010-05-20", DueState.Done)] // day 7: on time
    [InlineData("2010-05-10", "2010-05-18", "2010-05-20", DueState.Late)] // day 8: late
    [InlineData("2010-05-10", null, "2010-05-17", DueState.Pending)]      // not held, the last day not over
    [InlineData("2010-05-10", null, "2010-05-18", DueState.Missed)]
    public void A_committees_meeting_is_done_late_pending_or_missed_by_day_7(string? county, string? committee, string today, DueState expected) =>
        Assert.Equal(expected, Status(county, committee, today));

    [Fact]
    public void The_days_are_the_setting()
    {
        Assert.Equal(DueState.Done, Status("2010-05-10", "2010-05-13", "2010-05-20", days: 3));
        Assert.Equal(DueState.Late, Status("2010-05-10", "2010-05-14", "2010-05-20", days: 3));
        Assert.Equal("逾期召开", MobilizationRule.StatusName(DueState.Late).ZhCn);
    }

    [Fact]
    public void A_plan_is_filed_with_the_level_above_and_the_county_committees_with_the_county_office()
    {
        Assert.Equal(1, PlanFilingRule.FiledWith(new OrganizationInfo(2, 1, "城关镇党委", OrganizationKind.PartyCommittee, Sector.Township, 1)));
        Assert.Null(PlanFilingRule.FiledWith(new OrganizationInfo(1, null, "XX县委", OrganizationKind.PartyCommittee, null, 0)));
    }

    [Theory]
    [InlineData(null, true, false)]
    [InlineData(FilingState.Submitted, true, true)]
    [InlineData(FilingState.Returned, true, false)] // returned: submitted again, nothing to decide until then
    [InlineData(FilingState.Received, false, false)] // received: final
    public void A_plan_is_submitted_until_received_and_decided_on_only_while_it_waits(FilingState? state, bool maySubmit, bool awaitsDecision)
    {
        Assert.Equal(maySubmit, PlanFilingRule.MaySubmit(state));
        if (state is { } s) Assert.Equal(awaitsDecision, PlanFilingRule.AwaitsDecision(s));
    }
}
