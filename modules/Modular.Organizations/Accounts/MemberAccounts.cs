using Microsoft.EntityFrameworkCore;
using Modular.Identity.Accounts;
using Modular.Identity.Provisioning;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Organizations.Accounts;

/// <summary>
/// Accounts for the members of an organization's subtree: the office for any, an organization officer for their own
/// subtree. Asked for here because the roster is what knows who should have one — the members' standing, mobile
/// phones and officer posts, none of which the SDK's roster view shows (nor should plugins see the phones) — while
/// the identity module makes the accounts (<see cref="AccountProvisioning"/>, set-based). This module references
/// identity and never the reverse, so identity stays free of the roster and the roster never writes identity's tables.
/// <para>Who gets one: members of the subtree whose standing is normal, retained or restored (保留, 恢复); suspended and
/// expelled ones are listed as skipped with why. An officer role comes with the account for each organization of the
/// subtree whose officers list names the member as 书记, 副书记, 组织委员 or 宣传委员.</para>
/// </summary>
internal sealed class MemberAccounts(RosterDbContext db, AccountProvisioning provisioning, AccountLinks links, ProvisioningBatches batches)
{
    public sealed record SkippedMember(long PersonId, string Name, string Reason);

    /// <param name="BatchId">The batch whose slip sheet lists the new accounts (null when none was made).</param>
    public sealed record Summary(long OrganizationId, long? BatchId, int Created, int AlreadyHadAccounts, IReadOnlyList<SkippedMember> Skipped);

    /// <summary>An organization's subtree: members who should have an account, and how many of them have one.</summary>
    public sealed record Progress(long OrganizationId, string Name, int Depth, int Members, int WithAccounts);

    public static readonly IReadOnlyList<PartyStanding> ActiveStandings = [PartyStanding.Normal, PartyStanding.Retained, PartyStanding.Restored];
    public static readonly IReadOnlyList<OfficerPost> OfficerPosts = [OfficerPost.Secretary, OfficerPost.DeputySecretary, OfficerPost.OrganizationMember, OfficerPost.PropagandaMember];

    public async Task<Result<Summary>> ProvisionAsync(RosterActor actor, long organizationId, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (tree.Find(organizationId) is not { } root) return Refuse.Field("organizationId", References.NoOrganization(organizationId));
        if (!actor.MayEdit(tree, organizationId))
            return Refuse.Forbidden(Text.Of("只能为本组织及其下级组织的党员开通账号。", "You can give accounts only to members of your own organization and those below it."));

        var subtree = tree.Subtree(organizationId).Select(o => o.Id).ToList();
        var people = await db.People.AsNoTracking().Where(p => subtree.Contains(p.OrganizationId))
            .Select(p => new { p.Id, p.Name, p.OrganizationId, p.Phone, p.Standing }).OrderBy(p => p.Id).ToListAsync(ct);
        var posts = OfficerPosts.ToList();
        var officerOf = (await db.Officers.AsNoTracking().Where(o => subtree.Contains(o.OrganizationId) && posts.Contains(o.Post)).ToListAsync(ct))
            .ToLookup(o => o.PersonId, o => o.OrganizationId);

        var skipped = people.Where(p => !ActiveStandings.Contains(p.Standing))
            .Select(p => new SkippedMember(p.Id, p.Name, Text.Of($"党籍状态为“{Labels.Of(Labels.Standings, p.Standing)}”，不开通账号。",
                $"Standing is {Labels.Standings[p.Standing].En.ToLowerInvariant()}: no account.")))
            .ToList();
        var members = people.Where(p => ActiveStandings.Contains(p.Standing))
            .Select(p => new AccountProvisioning.Member(p.Id, p.Name, p.OrganizationId, tree.Find(p.OrganizationId)!.Name, p.Phone, officerOf[p.Id].Distinct().ToList()))
            .ToList();
        var outcome = await provisioning.ProvisionAsync(new AccountProvisioning.Request(root.Id, members, skipped.Count), ct);
        return Result.Ok(new Summary(root.Id, outcome.BatchId, outcome.Created, outcome.AlreadyHadAccounts, skipped));
    }

    /// <summary>For each organization the actor looks after (the office: all), its subtree's members and how many have an account, depth first.</summary>
    public async Task<IReadOnlyList<Progress>> ProgressAsync(RosterActor actor, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        var linked = await links.AccountsOfPeopleAsync(ct);
        var standings = ActiveStandings.ToList();
        var people = await db.People.AsNoTracking().Where(p => standings.Contains(p.Standing)).Select(p => new { p.Id, p.OrganizationId }).ToListAsync(ct);
        var (members, withAccounts) = (new Dictionary<long, int>(), new Dictionary<long, int>());
        foreach (var person in people)
        {
            var guard = 0;
            for (var at = tree.Find(person.OrganizationId); at is not null && guard++ <= tree.All.Count; at = at.ParentId is { } parent ? tree.Find(parent) : null)
            {
                members[at.Id] = members.GetValueOrDefault(at.Id) + 1;
                if (linked.ContainsKey(person.Id)) withAccounts[at.Id] = withAccounts.GetValueOrDefault(at.Id) + 1;
            }
        }
        return tree.DepthFirst().Where(o => actor.MayEdit(tree, o.Id))
            .Select(o => new Progress(o.Id, o.Name, tree.DepthOf(o.Id), members.GetValueOrDefault(o.Id), withAccounts.GetValueOrDefault(o.Id)))
            .ToList();
    }

    /// <summary>The batches of organizations the actor looks after, newest first.</summary>
    public async Task<IReadOnlyList<ProvisioningBatches.BatchView>> BatchesAsync(RosterActor actor, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        return (await batches.ListAsync(ct)).Where(b => actor.MayEdit(tree, b.OrganizationId)).ToList();
    }

    /// <summary>Whether the actor may see and download this batch: it is of an organization they look after.</summary>
    public async Task<Result<ProvisioningBatches.BatchView>> BatchAsync(RosterActor actor, long batchId, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (await batches.FindAsync(batchId, ct) is not { } batch)
            return Refuse.NotFound(Text.Of($"没有编号为 {batchId} 的开通批次。", $"There is no provisioning batch {batchId}."));
        return actor.MayEdit(tree, batch.OrganizationId) ? Result.Ok(batch) : Refuse.Forbidden(Text.Of("该批次不属于您负责的组织。", "This batch is not of an organization you look after."));
    }

    private async Task<OrganizationTree> TreeAsync(CancellationToken ct) => new(await db.Organizations.AsNoTracking().ToListAsync(ct));
}
