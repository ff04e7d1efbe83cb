using Modular.Plugins.BannerThirdBatch;
using Modular.Plugins.BannerThirdBatch.Units;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>二(三) as plain code: which organizations take part, 6 / at least 4 / 2 months at their edges, and each state.</summary>
public sealed class UnitRuleTests
{
    private static readonly ThirdBatchRules Rules = ThirdBatchRules.Document;

    private static UnitTimeline Plan(UnitKind kind, string start, string? chosenEnd = null) =>
        UnitTimeline.Plan(DateOnly.Parse(start), UnitRule.Phases(Rules, kind),
            chosenEnd is null ? null : new Dictionary<string, DateOnly> { [UnitRule.Concentrated] = DateOnly.Parse(chosenEnd) }).Value!;

    [Theory]
    [InlineData(OrganizationKind.PartyCommittee, Sector.Township, UnitKind.Town)]
    [InlineData(OrganizationKind.Branch, Sector.Village, UnitKind.Gacha)]
    [InlineData(OrganizationKind.GeneralBranch, Sector.Village, UnitKind.Gacha)]
    [InlineData(OrganizationKind.Branch, Sector.Community, UnitKind.Community)]
    public void Towns_gacha_and_communities_take_part(OrganizationKind kind, Sector sector, UnitKind expected) =>
        Assert.Equal(expected, UnitRule.KindOf(new OrganizationInfo(1, null, "x", kind, sector, 1)));

    [Theory]
    [InlineData(OrganizationKind.Branch, Sector.Township)]          // the town's organs' branch: the town takes part for it
    [InlineData(OrganizationKind.Branch, Sector.GovernmentOrgan)]   // banner organs took part in an earlier batch
    [InlineData(OrganizationKind.PartyCommittee, null)]
    public void Nothing_else_does(OrganizationKind kind, Sector? sector) =>
        Assert.Null(UnitRule.KindOf(new OrganizationInfo(1, null, "x", kind, sector, 1)));

    [Theory]
    [InlineData("2026-03-01", "2026-09-01", "2026-11-02")]   // six months to the same day, the next phase the day after
    [InlineData("2026-08-31", "2027-02-28", "2027-05-01")]   // a month-end start clamps to February's last day; consolidation from 03-01
    [InlineData("2027-08-31", "2028-02-29", "2028-05-01")]   // …or the 29th in a leap year
    public void A_town_concentrates_for_six_months_then_consolidates_for_two(string start, string concentratedEnd, string end)
    {
        var timeline = Plan(UnitKind.Town, start);
        Assert.Equal(DateOnly.Parse(concentratedEnd), timeline.Phases[0].End);
        Assert.Equal(DateOnly.Parse(concentratedEnd).AddDays(1), timeline.Phases[1].Start);
        Assert.Equal(DateOnly.Parse(end), timeline.End);
    }

    [Fact]
    public void A_gacha_concentrates_for_at_least_four_months_and_may_choose_longer()
    {
        Assert.Equal(new DateOnly(2026, 7, 1), Plan(UnitKind.Gacha, "2026-03-01").Phases[0].End);
        Assert.Equal(new DateOnly(2026, 12, 31), Plan(UnitKind.Gacha, "2026-08-31").Phases[0].End);
        Assert.Equal(new DateOnly(2026, 7, 1), Plan(UnitKind.Community, "2026-03-01", "2026-07-01").Phases[0].End);   // exactly the minimum
        Assert.Equal(new DateOnly(2026, 9, 30), Plan(UnitKind.Gacha, "2026-03-01", "2026-09-30").Phases[0].End);

        var early = UnitTimeline.Plan(new DateOnly(2026, 3, 1), UnitRule.Phases(Rules, UnitKind.Gacha),
            new Dictionary<string, DateOnly> { [UnitRule.Concentrated] = new(2026, 6, 30) });   // a day short of four months
        Assert.False(early.Succeeded);
        Assert.Contains("不少于4个月", early.Errors["end.concentrated"][0]);

        var town = UnitTimeline.Plan(new DateOnly(2026, 3, 1), UnitRule.Phases(Rules, UnitKind.Town),
            new Dictionary<string, DateOnly> { [UnitRule.Concentrated] = new(2026, 10, 1) });   // a town's six months are fixed
        Assert.False(town.Succeeded);
    }

    [Fact]
    public void A_unit_is_not_started_concentrated_consolidating_done_or_overrun()
    {
        var timeline = Plan(UnitKind.Town, "2026-03-01"); // concentrated to 09-01, consolidation 09-02 … 11-02
        Assert.Equal(UnitState.NoSchedule, UnitRule.StateOn(null, new(2026, 3, 1), null));
        Assert.Equal(UnitState.NotStarted, UnitRule.StateOn(timeline, new(2026, 2, 28), null));
        Assert.Equal(UnitState.Concentrated, UnitRule.StateOn(timeline, new(2026, 3, 1), null));
        Assert.Equal(UnitState.Concentrated, UnitRule.StateOn(timeline, new(2026, 9, 1), null));
        Assert.Equal(UnitState.Consolidating, UnitRule.StateOn(timeline, new(2026, 9, 2), null));
        Assert.Equal(UnitState.Consolidating, UnitRule.StateOn(timeline, new(2026, 11, 2), null));
        Assert.Equal(UnitState.Overrun, UnitRule.StateOn(timeline, new(2026, 11, 3), null));
        Assert.Equal(UnitState.Done, UnitRule.StateOn(timeline, new(2026, 11, 3), new(2026, 11, 2)));
    }

    [Fact]
    public void Without_consolidation_a_unit_has_one_phase() =>
        Assert.Single(UnitRule.Phases(Rules with { ConsolidationMonths = 0 }, UnitKind.Town));
}
