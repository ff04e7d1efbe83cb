namespace Modular.Plugins.InstituteBranchPlan.LeadingGroup;

/// <summary>
/// Who runs the campaign for a branch (四(一): the leading group “具体组织指导活动的开展”): the jurisdiction's office, the
/// branch's officers and those above it (their accounts' roles), and every member of the branch's leading group, whose
/// own accounts may be plain member accounts. Every item asks here before a branch-level write or a branch-wide read.
/// </summary>
public sealed class BranchOffice(ICurrentUser user, IOrganizationDirectory directory, IRoster roster, ILeadingBodies bodies)
{
    private HashSet<long>? _groupsOf;

    /// <summary>The branches whose leading group the user sits in.</summary>
    private async Task<HashSet<long>> GroupsOfUserAsync(CancellationToken ct)
    {
        if (_groupsOf is not null) return _groupsOf;
        var me = await user.PersonIdAsync(ct);
        return _groupsOf = me is { } person
            ? [.. (await bodies.SeatedAsync(LeadingGroupRecords.Kind, person, ct)).Select(b => b.OrganizationId)]
            : [];
    }

    /// <summary>May act for the branch: record its meetings, reply to its suggestions, set its group, read its members' records.</summary>
    public async Task<bool> MayRunAsync(long branchId, CancellationToken ct) =>
        await user.ManagesOrganizationAsync(branchId, ct) || (await GroupsOfUserAsync(ct)).Contains(branchId);

    /// <summary>May read the branch's campaign at a glance: those who run it, and inspectors and auditors.</summary>
    public async Task<bool> MaySeeAsync(long branchId, CancellationToken ct) =>
        await user.MaySeeOrganizationAsync(branchId, ct) || (await GroupsOfUserAsync(ct)).Contains(branchId);

    /// <summary>May read the branch's records: those who see it (<see cref="MaySeeAsync"/>) and its own members.</summary>
    public async Task<bool> MayReadAsync(long branchId, CancellationToken ct) => await MaySeeAsync(branchId, ct) || await IsOfBranchAsync(branchId, ct);

    /// <summary>Whether the user is on the branch's roster (a member reads their own branch's group and replies).</summary>
    public async Task<bool> IsOfBranchAsync(long branchId, CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me || await roster.FindAsync(me, ct) is not { } person) return false;
        return (await directory.TreeAsync(ct)).IsWithin(person.OrganizationId, branchId);
    }

    /// <summary>
    /// The member a hand-in is for: the one named, else the signed-in member. Someone else's is for those who run that
    /// member's branch only; <paramref name="ownOnly"/> is the refusal the others get.
    /// </summary>
    public async Task<Result<PersonInfo>> HandInForAsync(long? named, string ownOnly, CancellationToken ct)
    {
        var me = await user.PersonIdAsync(ct);
        if ((named ?? me) is not { } personId)
            return Refuse.Field("personId", Text.Of("您的账号未关联党员名册，请指定党员。", "Your account is not linked to the roster; choose the member."));
        if (await roster.FindAsync(personId, ct) is not { } person) return Refuse.Field("personId", References.NoPerson(personId));
        if (personId != me && (BranchOf(await directory.TreeAsync(ct), person.OrganizationId) is not { } branch || !await MayRunAsync(branch.Id, ct)))
            return Refuse.Forbidden(ownOnly);
        return Result.Ok(person);
    }

    /// <summary>The 404 message for a branch id that is not a party branch of the jurisdiction, or not one the user may see.</summary>
    public static string NoBranch(long id) => Text.Of($"没有编号为 {id} 的党支部。", $"There is no party branch {id}.");

    /// <summary>The party branch with the id in the jurisdiction's tree; null when there is none or the id is another kind of organization.</summary>
    public async Task<OrganizationInfo?> FindBranchAsync(long branchId, CancellationToken ct) =>
        (await directory.TreeAsync(ct)).Find(branchId) is { Kind: OrganizationKind.Branch } branch ? branch : null;

    /// <summary>The party branch with the id when the user may read it (<see cref="MayReadAsync"/>); else null, a 404 (<see cref="NoBranch"/>) to them.</summary>
    public async Task<OrganizationInfo?> FindReadableBranchAsync(long branchId, CancellationToken ct) =>
        await FindBranchAsync(branchId, ct) is { } branch && await MayReadAsync(branchId, ct) ? branch : null;

    /// <summary>The branches the user may read, in tree order: those they run or inspect, and their own.</summary>
    public Task<IReadOnlyList<OrganizationInfo>> BranchesReadAsync(CancellationToken ct) => BranchesWhereAsync(MayReadAsync, ct);

    /// <summary>The party branches of the jurisdiction the user may see the campaign of, in tree order.</summary>
    public Task<IReadOnlyList<OrganizationInfo>> BranchesSeenAsync(CancellationToken ct) => BranchesWhereAsync(MaySeeAsync, ct);

    private async Task<IReadOnlyList<OrganizationInfo>> BranchesWhereAsync(Func<long, CancellationToken, Task<bool>> may, CancellationToken ct)
    {
        var branches = new List<OrganizationInfo>();
        foreach (var branch in (await directory.TreeAsync(ct)).All.Where(o => o.Kind == OrganizationKind.Branch))
            if (await may(branch.Id, ct)) branches.Add(branch);
        return branches;
    }

    /// <summary>
    /// Each branch's members (its subtree's, in the roster's order), from one read of the whole roster: a list over every
    /// branch costs the same few queries however many branches the jurisdiction has. Each member is put in every branch on
    /// the way up from their organization (one walk a member, not one a member and branch).
    /// </summary>
    public async Task<ILookup<long, PersonInfo>> MembersOfAsync(IEnumerable<OrganizationInfo> branches, CancellationToken ct) =>
        InBranches(await directory.TreeAsync(ct), branches, await roster.MembersAsync(new RosterQuery(), ct), p => p.OrganizationId);

    /// <summary>
    /// Each branch's members' ids (its subtree's), from one read of the roster's ids and organizations: for figures that
    /// count members and need nothing else of them (<see cref="MembersOfAsync"/> reads the people).
    /// </summary>
    public async Task<ILookup<long, long>> MemberIdsOfAsync(IEnumerable<OrganizationInfo> branches, CancellationToken ct)
    {
        var places = await roster.PlacesAsync(new RosterQuery(), ct);
        return InBranches(await directory.TreeAsync(ct), branches, places.Keys, id => places[id]);
    }

    // Each member put in every wanted branch on the way up from their organization: one walk a member, not one a member and branch.
    private static ILookup<long, T> InBranches<T>(OrganizationTree tree, IEnumerable<OrganizationInfo> branches, IEnumerable<T> members, Func<T, long> organizationOf)
    {
        var wanted = branches.Select(b => b.Id).ToHashSet();
        return members.SelectMany(m => tree.AncestryOf(organizationOf(m)).Where(o => wanted.Contains(o.Id)), (m, branch) => (BranchId: branch.Id, Member: m))
            .ToLookup(m => m.BranchId, m => m.Member);
    }

    /// <summary>The branch a person's organization belongs to: itself when a branch, else the nearest branch above (none: null).</summary>
    public static OrganizationInfo? BranchOf(OrganizationTree tree, long organizationId) =>
        tree.AncestryOf(organizationId).FirstOrDefault(o => o.Kind == OrganizationKind.Branch);
}
