using Modular.Sdk;
using Modular.Sdk.Scheduling;

namespace Modular.Tests.Sdk;

/// <summary>The SDK's scheduling rules, pure: due states, a plan's stages from settings, events rules count from, units' own timelines.</summary>
public sealed class CampaignCalendarTests
{
    private static readonly CalendarPlan County = CalendarPlan.OfStages(
        new("mobilize", new("广泛发动，安排部署", "Mobilize"), "setting:stage1.start", "setting:stage1.end"),
        new("compete", new("全面争创，扎实推进", "Compete"), "stage mobilize end + 1 day", "setting:stage2.end"));

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["stage1.start"] = "2010-05-01", ["stage1.end"] = "2010-05-31", ["stage2.end"] = "2011-06-30",
        ["committee.meeting"] = "7 days after event county-mobilization-meeting",
    };

    [Theory]
    [InlineData(null, null, "2011-07-01", DueState.NotDue)]
    [InlineData("2011-06-30", null, "2011-06-30", DueState.Pending)]   // the due day itself is still in time
    [InlineData("2011-06-30", null, "2011-07-01", DueState.Missed)]
    [InlineData("2011-06-30", "2011-06-30", "2011-08-01", DueState.Done)]
    [InlineData("2011-06-30", "2011-07-01", "2011-08-01", DueState.Late)]
    [InlineData(null, "2011-07-01", "2011-08-01", DueState.Done)]
    public void A_due_state_follows_the_due_day_the_day_done_and_today(string? due, string? done, string today, DueState expected) =>
        Assert.Equal(expected, DueStates.Of(Day(due), Day(done), Day(today)!.Value));

    [Fact]
    public void Stages_come_from_the_settings_and_from_earlier_stages()
    {
        var calendar = CampaignCalendar.From(County, Settings);
        Assert.Equal((Day("2010-05-01"), Day("2011-06-30")), ((DateOnly?)calendar.Start, (DateOnly?)calendar.End));
        Assert.Equal(Day("2010-06-01"), calendar.Stage("compete").Start);
        Assert.Equal(2, calendar.StageOn(Day("2010-06-01")!.Value)!.Number);
        Assert.Equal("mobilize", calendar.StageOn(Day("2010-05-31")!.Value)!.Key);
        Assert.Null(calendar.StageOn(Day("2011-07-01")!.Value));

        var moved = CampaignCalendar.From(County, new Dictionary<string, string>(Settings) { ["stage1.end"] = "2010-06-10" });
        Assert.Equal(Day("2010-06-11"), moved.Stage("compete").Start);
    }

    [Fact]
    public void A_rule_counting_from_an_event_is_not_due_until_the_event_is_recorded()
    {
        var calendar = CampaignCalendar.From(County, Settings);
        Assert.Null(calendar.Due("setting:committee.meeting"));
        Assert.Equal(DueState.NotDue, calendar.StateOf("setting:committee.meeting", null, Day("2010-06-01")!.Value));

        var held = calendar.WithEvent("county-mobilization-meeting", Day("2010-05-06"));
        Assert.Equal(Day("2010-05-13"), held.Due("setting:committee.meeting"));
        Assert.Equal(DueState.Pending, held.StateOf("setting:committee.meeting", null, Day("2010-05-13")!.Value));
        Assert.Equal(DueState.Missed, held.StateOf("setting:committee.meeting", null, Day("2010-05-14")!.Value));
        Assert.Equal(DueState.Late, held.StateOf("setting:committee.meeting", Day("2010-05-14"), Day("2010-05-20")!.Value));
    }

    [Fact]
    public void Month_days_fall_in_the_year_a_yearly_campaign_runs()
    {
        var plan = new CalendarPlan("setting:start", "setting:end",
            [new("year", new("全年", "The year"), "start", "end")]);
        var settings = new Dictionary<string, string> { ["start"] = "01-01", ["end"] = "12-31", ["due"] = "07-01 - 1 day" };
        var calendar = CampaignCalendar.From(plan, settings, year: 2026);
        Assert.Equal((Day("2026-01-01"), Day("2026-12-31")), ((DateOnly?)calendar.Start, (DateOnly?)calendar.End));
        Assert.Equal(Day("2026-06-30"), calendar.Due("setting:due"));
        Assert.Equal(4, calendar.Occurrences("each quarter end", calendar.Start, calendar.End).Count);
    }

    [Fact]
    public void A_plan_that_does_not_resolve_is_a_plugin_bug_named_at_once()
    {
        var broken = CalendarPlan.OfStages(new StagePlan("a", new("甲", "A"), "setting:missing", "2010-01-01"));
        Assert.Contains("setting:missing", Assert.Throws<InvalidOperationException>(() => CampaignCalendar.From(broken, Settings)).Message);
        var backwards = CalendarPlan.OfStages(new StagePlan("a", new("甲", "A"), "2010-02-01", "2010-01-01"));
        Assert.Throws<InvalidOperationException>(() => CampaignCalendar.From(backwards, Settings));
    }

    private static readonly PhasePlan[] Organ = [new("concentrated", new("集中学习实践", "Concentrated"), 6), new("consolidation", new("巩固提高", "Consolidation"), 2)];
    private static readonly PhasePlan[] Gacha = [new("concentrated", new("集中学习实践", "Concentrated"), 4, MinMonths: 4), new("consolidation", new("巩固提高", "Consolidation"), 2)];

    [Fact]
    public void A_units_phases_run_from_its_own_start_with_month_end_clamping()
    {
        var organ = UnitTimeline.Plan(Day("2009-08-31")!.Value, Organ).Value!;
        Assert.Equal(Day("2010-02-28"), organ.Phases[0].End);      // 08-31 + 6 months, clamped
        Assert.Equal(Day("2010-03-01"), organ.Phases[1].Start);
        Assert.Equal(Day("2010-05-01"), organ.End);
        var leap = UnitTimeline.Plan(Day("2011-08-31")!.Value, Organ).Value!;
        Assert.Equal(Day("2012-02-29"), leap.Phases[0].End);

        Assert.Equal(TimelineState.NotStarted, organ.StateOn(Day("2009-08-30")!.Value));
        Assert.Equal("concentrated", organ.PhaseOn(Day("2010-02-28")!.Value)!.Key);
        Assert.Equal("consolidation", organ.PhaseOn(Day("2010-03-01")!.Value)!.Key);
        Assert.Equal(TimelineState.Running, organ.StateOn(Day("2010-05-01")!.Value));
        Assert.Equal(TimelineState.Overrun, organ.StateOn(Day("2010-05-02")!.Value));
        Assert.Equal(TimelineState.Finished, organ.StateOn(Day("2010-06-01")!.Value, finishedOn: Day("2010-05-01")));
    }

    [Fact]
    public void A_gacha_may_run_longer_than_four_months_never_shorter_and_an_organ_keeps_six()
    {
        var start = Day("2009-09-15")!.Value;
        var longer = UnitTimeline.Plan(start, Gacha, new Dictionary<string, DateOnly> { ["concentrated"] = Day("2010-03-31")!.Value });
        Assert.Equal(Day("2010-04-01"), longer.Value!.Phases[1].Start);
        Assert.True(UnitTimeline.Plan(start, Gacha, new Dictionary<string, DateOnly> { ["concentrated"] = Day("2010-01-15")!.Value }).Succeeded);
        var shorter = UnitTimeline.Plan(start, Gacha, new Dictionary<string, DateOnly> { ["concentrated"] = Day("2010-01-14")!.Value });
        Assert.Equal("end.concentrated", shorter.Field);
        Assert.Contains("2010-01-15", shorter.Message);
        Assert.Equal("end.concentrated", UnitTimeline.Plan(start, Organ, new Dictionary<string, DateOnly> { ["concentrated"] = Day("2010-06-15")!.Value }).Field);
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
