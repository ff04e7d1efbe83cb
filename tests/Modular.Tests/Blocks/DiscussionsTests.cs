using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Tests.Blocks;

/// <summary>解放思想大讨论: a discussion an organization holds, one contribution per member (revised until closed), isolation.</summary>
public sealed class DiscussionsTests : IAsyncLifetime
{
    private static readonly BlockKind Kind = new("party-group-study", "discussion");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(10, null, "县政府党组", OrganizationKind.PartyGroup);
        _db.People.AddIn(10, 21, 22);
        _a = await _db.AddJurisdictionAsync("county-a");
        _b = await _db.AddJurisdictionAsync("county-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Members_contribute_once_each_revise_until_the_discussion_closes_and_nobody_else_sees_it()
    {
        await using var scope = _db.Scope(_a);
        var discussions = scope.ServiceProvider.GetRequiredService<IDiscussions>();
        Assert.Equal("topic", (await discussions.HoldAsync(new(Kind, 10, " ", new(2009, 4, 2)))).Field);
        Assert.Equal("organizationId", (await discussions.HoldAsync(new(Kind, 999, "解放思想", new(2009, 4, 2)))).Field);
        Assert.Equal("heldOn", (await discussions.HoldAsync(new(Kind, 10, "解放思想", new(1800, 1, 1)))).Field);

        var held = (await discussions.HoldAsync(new(Kind, 10, "解放思想、科学发展", new(2009, 4, 2), "2009"))).Value!;
        Assert.Equal("personId", (await discussions.ContributeAsync(held.Id, 999, "发言")).Field);
        Assert.Equal("text", (await discussions.ContributeAsync(held.Id, 21, "  ")).Field);
        Assert.True((await discussions.ContributeAsync(held.Id, 21, "转变发展方式")).Succeeded);
        var revised = (await discussions.ContributeAsync(held.Id, 21, "转变发展方式，优化产业结构")).Value!;
        Assert.Equal(13, revised.CharacterCount);
        await discussions.ContributeAsync(held.Id, 22, "改善民生");
        Assert.Equal([21L, 22L], (await discussions.ContributionsAsync(held.Id)).Select(c => c.PersonId).Order());
        var second = (await discussions.HoldAsync(new(Kind, 10, "再讨论", new(2009, 4, 9), "2009"))).Value!;
        await discussions.ContributeAsync(second.Id, 21, "第二次发言");
        await discussions.HoldAsync(new(new BlockKind("party-group-study", "other"), 10, "别的讨论", new(2009, 4, 9)));
        var firstOf21 = (await discussions.ContributionsAsync(held.Id)).Single(c => c.PersonId == 21).SubmittedAt;
        Assert.Equal([(21L, 2, firstOf21), (22L, 1, (await discussions.ContributionsAsync(held.Id)).Single(c => c.PersonId == 22).SubmittedAt)],
            (await discussions.ContributorsAsync(Kind)).Select(t => (t.PersonId, t.Contributions, t.FirstSubmittedAt)));
        Assert.Empty(await discussions.ContributorsAsync(new BlockKind("party-group-study", "other")));

        var closed = (await discussions.CloseAsync(held.Id)).Value!;
        Assert.Equal((true, 2), (closed.Closed, closed.Contributions));
        Assert.Equal("discussionId", (await discussions.ContributeAsync(held.Id, 22, "补充")).Field);
        Assert.Equal(2, (await discussions.ListAsync(Kind, organizationId: 10))[0].Contributions);
        Assert.Equal(ResultKind.NotFound, (await discussions.ContributeAsync(999_999, 21, "发言")).Kind);

        await using var other = _db.Scope(_b);
        var theirs = other.ServiceProvider.GetRequiredService<IDiscussions>();
        Assert.Empty(await theirs.ListAsync(Kind));
        Assert.Empty(await theirs.ContributionsAsync(held.Id));
        Assert.Empty(await theirs.ContributorsAsync(Kind));
        Assert.Equal(ResultKind.NotFound, (await theirs.ContributeAsync(held.Id, 21, "别处的发言")).Kind);
    }
}
