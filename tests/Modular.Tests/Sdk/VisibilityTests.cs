using Modular.Sdk.Core;

namespace Modular.Tests.Sdk;

/// <summary>The SDK's visibility rules both campaign plugins read with: pure, over a signed-in user made up here.</summary>
public sealed class VisibilityTests
{
    // 旗委 ─ 镇党委 ─ 嘎查党支部
    //      └ 机关工委 ─ 财政局党支部
    private static readonly OrganizationTree Tree = new(
    [
        new(1, null, "旗委", OrganizationKind.PartyCommittee, null, 0),
        new(2, 1, "镇党委", OrganizationKind.PartyCommittee, Sector.Township, 1),
        new(3, 2, "嘎查党支部", OrganizationKind.Branch, null, 2),
        new(5, 1, "机关工委", OrganizationKind.PartyCommittee, Sector.GovernmentOrgan, 1),
        new(6, 5, "财政局党支部", OrganizationKind.Branch, null, 2),
    ]);

    private static readonly PersonInfo Cadre3 = new(30, "乌云", 3, MemberCategory.Full, IsLeadingCadre: true, IsOutgoing: false);
    private static readonly PersonInfo Cadre6 = new(60, "巴特尔", 6, MemberCategory.Full, IsLeadingCadre: true, IsOutgoing: false);

    private static User Office => new() { IsJurisdictionAdmin = true };
    private static User Auditor => new() { IsAuditor = true };
    private static User TownOfficer => new() { OfficerOf = [2], Person = 20 };
    private static User Member => new() { Person = 30 };

    [Fact]
    public void The_office_and_auditors_see_everything_officers_and_inspectors_their_subtrees_members_nothing()
    {
        Assert.Equal([1, 2, 3, 5, 6], Office.VisibleOrganizations(Tree).Order());
        Assert.Equal([1, 2, 3, 5, 6], Auditor.VisibleOrganizations(Tree).Order());
        Assert.Equal([2, 3], TownOfficer.VisibleOrganizations(Tree).Order());
        Assert.Equal([5, 6], new User { InspectorOf = [5] }.VisibleOrganizations(Tree).Order());
        Assert.Empty(Member.VisibleOrganizations(Tree));
        Assert.True(Auditor.Oversees() && TownOfficer.Oversees() && new User { InspectorOf = [5] }.Oversees());
        Assert.False(Member.Oversees());
    }

    [Fact]
    public async Task The_level_above_manages_the_parent_and_only_the_office_is_above_the_top()
    {
        Assert.True(await TownOfficer.IsLevelAboveAsync(Tree, 3));  // the town's branch files with the town
        Assert.False(await TownOfficer.IsLevelAboveAsync(Tree, 2)); // not above its own committee
        Assert.False(await TownOfficer.IsLevelAboveAsync(Tree, 6)); // nor above another subtree
        Assert.False(await new User { OfficerOf = [1] }.IsLevelAboveAsync(Tree, 1)); // the top has no parent …
        Assert.True(await Office.IsLevelAboveAsync(Tree, 1));       // … the office is above it
        Assert.False(await TownOfficer.IsLevelAboveAsync(Tree, 99));
    }

    private sealed record Row(long OrganizationId, long PersonId);

    [Fact]
    public async Task Own_rows_and_rows_of_organizations_seen()
    {
        Row[] rows = [new(3, 30), new(6, 60), new(0, 30), new(0, 99)]; // organization 0: an author not on the roster
        Assert.Equal(rows, await Office.OwnOrSeenAsync(rows, r => r.OrganizationId, r => r.PersonId));
        Assert.Equal([rows[0]], await TownOfficer.OwnOrSeenAsync(rows, r => r.OrganizationId, r => r.PersonId));
        Assert.Equal([rows[0], rows[2]], await Member.OwnOrSeenAsync(rows, r => r.OrganizationId, r => r.PersonId)); // their own, wherever filed
    }

    [Fact]
    public async Task Per_organization_rows_and_leading_cadres_are_narrowed_to_the_organizations_seen()
    {
        Row[] progress = [new(2, 0), new(3, 0), new(6, 0)];
        Assert.Equal(progress, await Auditor.SeenAsync(progress, r => r.OrganizationId));
        Assert.Equal([progress[0], progress[1]], await TownOfficer.SeenAsync(progress, r => r.OrganizationId));
        Assert.Empty(await Member.SeenAsync(progress, r => r.OrganizationId));

        var roster = new Cadres([Cadre3, Cadre6]);
        Assert.Equal([Cadre3, Cadre6], await Office.LeadingCadresSeenAsync(roster));
        Assert.Equal([Cadre3], await TownOfficer.LeadingCadresSeenAsync(roster));
        Assert.Empty(await Member.LeadingCadresSeenAsync(roster));
    }

    /// <summary>A signed-in user whose checks walk <see cref="Tree"/> as the host's do.</summary>
    private sealed class User : ICurrentUser
    {
        public bool IsSignedIn => true;
        public int? UserId => 1;
        public string? DisplayName => "test";
        public bool IsJurisdictionAdmin { get; init; }
        public bool IsAuditor { get; init; }
        public IReadOnlyList<long> OfficerOf { get; init; } = [];
        public IReadOnlyList<long> InspectorOf { get; init; } = [];
        public long? Person { get; init; }

        public Task<long?> PersonIdAsync(CancellationToken cancellationToken = default) => Task.FromResult(Person);

        public Task<bool> ManagesOrganizationAsync(long organizationId, CancellationToken cancellationToken = default) =>
            Task.FromResult(IsJurisdictionAdmin || OfficerOf.Any(root => Tree.IsWithin(organizationId, root)));

        public Task<bool> MayActForPersonAsync(long personId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> MaySeeOrganizationAsync(long organizationId, CancellationToken cancellationToken = default) =>
            Task.FromResult(IsJurisdictionAdmin || IsAuditor || OfficerOf.Concat(InspectorOf).Any(root => Tree.IsWithin(organizationId, root)));

        public Task<bool> MayReadPersonAsync(long personId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class Cadres(IReadOnlyList<PersonInfo> people) : IRoster
    {
        public Task<IReadOnlyList<PersonInfo>> MembersAsync(RosterQuery query, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<PersonInfo>>([.. people.Where(p => !query.LeadingCadresOnly || p.IsLeadingCadre)]);

        public Task<PersonInfo?> FindAsync(long personId, CancellationToken cancellationToken = default) =>
            Task.FromResult(people.FirstOrDefault(p => p.Id == personId));
    }
}
