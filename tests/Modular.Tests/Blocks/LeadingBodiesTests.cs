using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Tests.Blocks;

/// <summary>成立领导机构和工作机构: a body's seats saved whole from the version read, its checks, who may set it, isolation.</summary>
public sealed class LeadingBodiesTests : IAsyncLifetime
{
    private static readonly BlockKind Kind = new("county-five-activities", "leading-body");
    private static readonly BlockKind OtherKind = new("banner-third-batch", "leading-group");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(1, null, "县委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(10, 1, "城关镇党委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(11, 10, "一村党支部");
        _db.Organizations.Add(20, 1, "新华镇党委", OrganizationKind.PartyCommittee);
        _db.People.AddIn(10, 101, 102, 103, 104);
        _db.People.AddIn(11, 111);
        _a = await _db.AddJurisdictionAsync("county-a");
        _b = await _db.AddJurisdictionAsync("county-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static LeadingBodyInput Group(long organizationId, int version, LeadingBodySeat first, LeadingBodySeat? second = null, LeadingBodySeat? third = null) =>
        new(Kind, organizationId, LeadingBodyType.LeadingGroup, [first, .. new[] { second, third }.OfType<LeadingBodySeat>()], version);

    [Fact]
    public async Task A_body_is_saved_whole_from_the_version_read_and_a_stale_save_is_a_conflict()
    {
        await using var scope = _db.Scope(_a);
        var bodies = scope.ServiceProvider.GetRequiredService<ILeadingBodies>();
        Assert.Null(await bodies.GetAsync(Kind, 10, LeadingBodyType.LeadingGroup));

        var first = (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader, Note: "全面负责"), new(102, LeadingBodyRole.Deputy),
            new(103, LeadingBodyRole.Member, LiaisonOrganizationId: 11)))).Value!;
        Assert.Equal(1, first.Version);
        Assert.Equal([101L, 102L, 103L], first.Seats.Select(s => s.PersonId!.Value));
        Assert.Equal(("全面负责", 11L), (first.Head!.Note, first.Seats[2].LiaisonOrganizationId!.Value));

        // Two editors read version 1: the first save wins, the second is told to reload.
        var second = (await bodies.SaveAsync(Group(10, 1, new(102, LeadingBodyRole.Leader), new(101, LeadingBodyRole.Deputy)))).Value!;
        Assert.Equal((2, 2), (second.Version, second.Seats.Count));
        Assert.Equal(first.EstablishedAt, second.EstablishedAt); // set up once; later edits do not move it
        Assert.Equal(ResultKind.Conflict, (await bodies.SaveAsync(Group(10, 1, new(101, LeadingBodyRole.Leader)))).Kind);
        Assert.Equal(ResultKind.Conflict, (await bodies.SaveAsync(Group(20, 3, new(101, LeadingBodyRole.Leader)))).Kind);

        // The working office beside it: a director, a staff member not on the roster (a name alone).
        var office = (await bodies.SaveAsync(new(Kind, 10, LeadingBodyType.WorkingOffice,
            [new(104, LeadingBodyRole.Director), new(null, LeadingBodyRole.Staff, Name: " 王干事 ")], 0))).Value!;
        Assert.Equal("王干事", office.Seats[1].Name);
        Assert.Equal(2, (await bodies.ListAsync(Kind)).Count);
        Assert.Equal(LeadingBodyType.WorkingOffice, Assert.Single(await bodies.ListAsync(Kind, LeadingBodyType.WorkingOffice)).Type);
        Assert.Equal([LeadingBodyType.LeadingGroup], (await bodies.SeatedAsync(Kind, 101)).Select(b => b.Type));
        Assert.Empty(await bodies.ListAsync(OtherKind)); // another plugin's kind sees none of it
    }

    [Fact]
    public async Task Bad_seats_are_refused_naming_the_field()
    {
        await using var scope = _db.Scope(_a);
        var bodies = scope.ServiceProvider.GetRequiredService<ILeadingBodies>();
        Assert.Equal("organizationId", (await bodies.SaveAsync(Group(999, 0, new(101, LeadingBodyRole.Leader)))).Field);
        Assert.Equal("type", (await bodies.SaveAsync(new(Kind, 10, (LeadingBodyType)9, [new(101, LeadingBodyRole.Leader)], 0))).Field);
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Deputy)))).Field); // no leader
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader), new(102, LeadingBodyRole.Leader)))).Field);
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader), new(101, LeadingBodyRole.Member)))).Field);
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader), new(999, LeadingBodyRole.Member)))).Field);
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Director)))).Field); // an office's place in a group
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader), new(null, LeadingBodyRole.Member, Name: " ")))).Field);
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader, LiaisonOrganizationId: 999)))).Field);
        Assert.Equal("seats", (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader, Note: new string('分', Limits.Line + 1))))).Field);
        Assert.True((await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader, Note: new string('分', Limits.Line))))).Succeeded);
    }

    [Fact]
    public async Task The_organizations_officers_and_those_above_set_it_and_then_its_own_members_others_are_refused()
    {
        _db.User.IsOffice = false;
        _db.User.Officer.Add(20); // a neighbouring committee's secretary
        await using (var scope = _db.Scope(_a))
        {
            var bodies = scope.ServiceProvider.GetRequiredService<ILeadingBodies>();
            Assert.Equal(ResultKind.Forbidden, (await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader)))).Kind);
            _db.User.Officer.Add(1); // the county committee's officer: a level above
            Assert.True((await bodies.SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader), new(102, LeadingBodyRole.Member)))).Succeeded);
        }
        _db.User.Officer.Clear();
        _db.User.Person = 102; // seated in the committee's group: it runs itself
        await using (var scope = _db.Scope(_a))
        {
            var bodies = scope.ServiceProvider.GetRequiredService<ILeadingBodies>();
            Assert.True((await bodies.SaveAsync(new(Kind, 10, LeadingBodyType.WorkingOffice, [new(102, LeadingBodyRole.Director)], 0))).Succeeded);
            Assert.Equal(ResultKind.Forbidden, (await bodies.SaveAsync(Group(20, 0, new(101, LeadingBodyRole.Leader)))).Kind);
        }
        _db.User.Person = 111; // a member of a branch below: not seated
        await using (var scope = _db.Scope(_a))
            Assert.Equal(ResultKind.Forbidden, (await scope.ServiceProvider.GetRequiredService<ILeadingBodies>().SaveAsync(Group(10, 1, new(111, LeadingBodyRole.Leader)))).Kind);
    }

    [Fact]
    public async Task Another_jurisdiction_neither_reads_nor_overwrites_the_bodies()
    {
        await using (var scope = _db.Scope(_a))
            Assert.True((await scope.ServiceProvider.GetRequiredService<ILeadingBodies>().SaveAsync(Group(10, 0, new(101, LeadingBodyRole.Leader)))).Succeeded);
        await using var other = _db.Scope(_b);
        var theirs = other.ServiceProvider.GetRequiredService<ILeadingBodies>();
        Assert.Empty(await theirs.ListAsync(Kind));
        Assert.Null(await theirs.GetAsync(Kind, 10, LeadingBodyType.LeadingGroup));
        Assert.Empty(await theirs.SeatedAsync(Kind, 101));
        // Their own first save of the same organization id is a row of their own; the first jurisdiction's stays at version 1.
        Assert.Equal(1, (await theirs.SaveAsync(Group(10, 0, new(102, LeadingBodyRole.Leader)))).Value!.Version);
        await using var mine = _db.Scope(_a);
        Assert.Equal(101L, (await mine.ServiceProvider.GetRequiredService<ILeadingBodies>().GetAsync(Kind, 10, LeadingBodyType.LeadingGroup))!.Head!.PersonId);
    }
}
