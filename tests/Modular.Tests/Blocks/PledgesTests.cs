using Modular.Sdk.Blocks;

namespace Modular.Tests.Blocks;

/// <summary>个人打算 by September 14 (RULES.md, institute branch 1) and its year-end fulfilment review.</summary>
public sealed class PledgesTests : IAsyncLifetime
{
    private static readonly BlockKind Plan = new("institute-branch", "personal-plan");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.People.Add(5);
        _a = await _db.AddJurisdictionAsync("institute");
        _b = await _db.AddJurisdictionAsync("county");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_pledge_is_saved_published_reviewed_and_then_frozen_and_other_jurisdictions_see_none()
    {
        long id;
        await using (var scope = _db.Scope(_a))
        {
            var pledges = scope.ServiceProvider.GetRequiredService<IPledges>();
            Assert.False((await pledges.SaveAsync(new(Plan, PledgeKind.Member, 5, "2010", "  "))).Succeeded);
            var first = (await pledges.SaveAsync(new(Plan, PledgeKind.Member, 5, "2010", "完成光栅刻划课题"))).Value!;
            var replaced = (await pledges.SaveAsync(new(Plan, PledgeKind.Member, 5, "2010", "完成光栅刻划课题并带好新人", Published: true))).Value!;
            Assert.Equal(first.Id, replaced.Id);
            Assert.True(replaced.Published);
            Assert.NotNull(replaced.PublishedAt);
            await pledges.SaveAsync(new(Plan, PledgeKind.Post, 5, "2010", "岗位承诺"));
            Assert.Single(await pledges.ListAsync(Plan, "2010", ownerId: 5, publishedOnly: true));

            Assert.False((await pledges.ReviewAsync(first.Id, new(PledgeFulfilment.Partly, null, 70, new(2010, 12, 20)))).Succeeded); // partly needs a comment
            var reviewed = (await pledges.ReviewAsync(first.Id, new(PledgeFulfilment.Partly, "课题延期", 75, new(2010, 12, 20)))).Value!;
            Assert.Equal((PledgeFulfilment.Partly, 75m), (reviewed.Outcome!.Value, reviewed.Score!.Value));
            Assert.Contains("不能再修改", (await pledges.SaveAsync(new(Plan, PledgeKind.Member, 5, "2010", "改"))).Errors["text"][0]);
            id = first.Id;
        }
        await using var b = _db.Scope(_b);
        var other = b.ServiceProvider.GetRequiredService<IPledges>();
        Assert.Null(await other.FindAsync(id));
        Assert.Empty(await other.ListAsync(Plan));
        Assert.False((await other.ReviewAsync(id, new(PledgeFulfilment.Fulfilled, null, 100, new(2010, 12, 20)))).Succeeded);
    }

    [Fact]
    public async Task Hand_ins_say_who_handed_in_a_kind_s_pledge_for_the_period_and_when_first()
    {
        await using var scope = _db.Scope(_a);
        var pledges = scope.ServiceProvider.GetRequiredService<IPledges>();
        var first = _db.Clock.Now;
        await pledges.SaveAsync(new(Plan, PledgeKind.Member, 5, "2010", "完成光栅刻划课题"));
        _db.Clock.Now = first.AddDays(3);
        await pledges.SaveAsync(new(Plan, PledgeKind.Member, 5, "2010", "完成光栅刻划课题并带好新人")); // a later edit keeps the first time
        await pledges.SaveAsync(new(Plan, PledgeKind.Member, 5, "2011", "下一年"));

        Assert.Equal([new PledgeHandIn(5, PledgeKind.Member, first)], await pledges.HandInsAsync(Plan, "2010"));
        Assert.Equal(2, (await pledges.HandInsAsync(Plan)).Count);
        Assert.Empty(await pledges.HandInsAsync(new("institute-branch", "other"), "2010"));
    }
}
