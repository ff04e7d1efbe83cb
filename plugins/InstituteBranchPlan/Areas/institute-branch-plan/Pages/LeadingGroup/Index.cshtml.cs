using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Pages.LeadingGroup;

/// <summary>领导小组: each branch's group (recorded, or proposed from its officers), and a form for those who run the branch.</summary>
public sealed class IndexModel(LeadingGroupService groups, BranchOffice office, IRoster roster, IOrganizationDirectory directory, ICurrentUser user) : PluginPageModel
{
    public sealed record BranchGroup(LeadingGroupView Group, bool MayRun, IReadOnlyList<PersonInfo> People);

    public IReadOnlyList<BranchGroup> Branches { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        await LoadAsync(ct);
    }

    /// <summary>The form sends one role per branch member (<c>role-{personId}</c>: Leader, Deputy, Member or empty).</summary>
    public async Task<IActionResult> OnPostAsync(long branchId, int version, CancellationToken ct)
    {
        var roles = Request.Form.Keys.Where(k => k.StartsWith("role-", StringComparison.Ordinal))
            .Select(k => (Person: long.TryParse(k[5..], out var id) ? id : 0, Role: Enum.TryParse<GroupRole>(Request.Form[k], out var r) ? r : (GroupRole?)null))
            .Where(x => x.Person > 0 && x.Role is not null).ToList();
        var leaders = roles.Where(x => x.Role == GroupRole.Leader).Select(x => x.Person).ToList();
        if (leaders.Count > 1)
        {
            await LoadAsync(ct);
            (ErrorField, Error) = ("leaderId", Text.Of("领导小组只有一名组长。", "The group has one leader."));
            return Page();
        }
        var result = await groups.SaveAsync(branchId, new LeadingGroupInput(leaders.FirstOrDefault() is var l && l > 0 ? l : null,
            [.. roles.Where(x => x.Role == GroupRole.Deputy).Select(x => x.Person)], [.. roles.Where(x => x.Role == GroupRole.Member).Select(x => x.Person)], version), ct);
        if (result.Succeeded) return RedirectToPage(new { saved = true });
        await LoadAsync(ct);
        return Unless(result)!;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var branches = (await office.BranchesSeenAsync(ct)).ToList();
        // A member reads their own branch's group too.
        if (await user.PersonIdAsync(ct) is { } me && await roster.FindAsync(me, ct) is { } person
            && BranchOffice.BranchOf(tree, person.OrganizationId) is { } own && branches.All(b => b.Id != own.Id))
            branches.Insert(0, own);
        var list = new List<BranchGroup>();
        foreach (var branch in branches)
            if ((await groups.GetAsync(branch.Id, ct)).Value is { } group)
                list.Add(new BranchGroup(group, await office.MayRunAsync(branch.Id, ct),
                    [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct)).OrderBy(p => p.Name, StringComparer.Ordinal)]));
        Branches = list;
    }
}
