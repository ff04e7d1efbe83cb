using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Modular.Tests.Blocks;

/// <summary>Each unit's own start on the third-batch plan: checked against its phases, versioned, one per unit, isolated.</summary>
public sealed class UnitSchedulesTests : IAsyncLifetime
{
    private static readonly BlockKind Plan = new("banner-third-batch", "units");
    private static readonly PhasePlan[] Town = [new("concentrated", new("集中学习实践", "Concentrated"), 6), new("consolidation", new("巩固提高", "Consolidation"), 2)];
    private static readonly PhasePlan[] Gacha = [new("concentrated", new("集中学习实践", "Concentrated"), 4, MinMonths: 4), new("consolidation", new("巩固提高", "Consolidation"), 2)];
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(10, null, "旗委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(11, 10, "苏木党委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(12, 11, "嘎查党支部");
        _a = await _db.AddJurisdictionAsync("third-a");
        _b = await _db.AddJurisdictionAsync("third-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_unit_keeps_its_own_start_checked_against_its_phases_at_the_version_read()
    {
        await using var scope = _db.Scope(_a);
        var units = scope.ServiceProvider.GetRequiredService<IUnitSchedules>();
        Assert.Equal("start", (await units.SaveAsync(Plan, Town, new(11, null))).Field);
        Assert.Equal("organizationId", (await units.SaveAsync(Plan, Town, new(999, new(2009, 8, 31)))).Field);
        var tooShort = new Dictionary<string, DateOnly> { ["concentrated"] = new(2010, 1, 14) };
        Assert.Equal("end.concentrated", (await units.SaveAsync(Plan, Gacha, new(12, new(2009, 9, 15), tooShort))).Field);

        var town = (await units.SaveAsync(Plan, Town, new(11, new(2009, 8, 31)))).Value!;
        Assert.Equal((1, new DateOnly(2010, 2, 28)), (town.Version, town.Timeline(Town).Phases[0].End));
        var longer = new Dictionary<string, DateOnly> { ["concentrated"] = new(2010, 3, 31) };
        var gacha = (await units.SaveAsync(Plan, Gacha, new(12, new(2009, 9, 15), longer))).Value!;
        Assert.Equal(new DateOnly(2010, 4, 1), gacha.Timeline(Gacha).Phases[1].Start);
        Assert.Equal(new DateOnly(2010, 3, 31), (await units.FindAsync(Plan, 12))!.ChosenEnds["concentrated"]);

        Assert.Equal(ResultKind.Conflict, (await units.SaveAsync(Plan, Town, new(11, new(2009, 9, 1)))).Kind);             // exists: a version must be read
        Assert.Equal(ResultKind.Conflict, (await units.SaveAsync(Plan, Town, new(11, new(2009, 9, 1), Version: 7))).Kind);
        var finished = (await units.SaveAsync(Plan, Town, new(11, new(2009, 8, 31), FinishedOn: new(2010, 4, 30), Version: 1))).Value!;
        Assert.Equal(2, finished.Version);
        Assert.Equal(TimelineState.Finished, finished.StateOn(Town, new(2010, 6, 1)));
        Assert.Equal(TimelineState.Running, gacha.StateOn(Gacha, new(2010, 6, 1)));   // 04-01 + 2 months: its last day
        Assert.Equal(TimelineState.Overrun, gacha.StateOn(Gacha, new(2010, 6, 2)));
        Assert.Equal([11L, 12L], (await units.ListAsync(Plan)).Select(u => u.OrganizationId));
        Assert.Empty(await units.ListAsync(new BlockKind("banner-third-batch", "other")));

        await using var other = _db.Scope(_b);
        Assert.Empty(await other.ServiceProvider.GetRequiredService<IUnitSchedules>().ListAsync(Plan));
    }
}
