using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>The SDK's read-only view of the current jurisdiction's organization tree.</summary>
internal sealed class OrganizationDirectory(RosterDbContext db) : IOrganizationDirectory
{
    public async Task<IReadOnlyList<OrganizationInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(cancellationToken));
        return tree.DepthFirst().Select(o => Info(o, tree)).ToList();
    }

    public async Task<OrganizationInfo?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(cancellationToken));
        return tree.Find(id) is { } o ? Info(o, tree) : null;
    }

    public async Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken cancellationToken = default)
    {
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(cancellationToken));
        return tree.Subtree(rootId).Select(o => Info(o, tree)).ToList();
    }

    public async Task<IReadOnlyList<OfficerInfo>> OfficersAsync(long organizationId, CancellationToken cancellationToken = default) =>
        (await db.Officers.AsNoTracking().Where(o => o.OrganizationId == organizationId).OrderBy(o => o.Post).ToListAsync(cancellationToken))
            .Select(o => new OfficerInfo(o.OrganizationId, o.PersonId, o.Post)).ToList();

    private static OrganizationInfo Info(Organization o, OrganizationTree tree) => new(o.Id, o.ParentId, o.Name, o.Kind, o.Sector, tree.DepthOf(o.Id));
}

/// <summary>The SDK's read-only view of the current jurisdiction's roster.</summary>
internal sealed class Roster(RosterDbContext db) : IRoster
{
    public async Task<IReadOnlyList<PersonInfo>> MembersAsync(RosterQuery query, CancellationToken cancellationToken = default)
    {
        var people = db.People.AsNoTracking();
        if (query.SubtreeRootId is { } root)
        {
            var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(cancellationToken));
            var ids = tree.Subtree(root).Select(o => o.Id).ToList();
            people = people.Where(p => ids.Contains(p.OrganizationId));
        }
        if (query.LeadingCadresOnly) people = people.Where(p => p.IsLeadingCadre);
        if (!query.IncludeOutgoing) people = people.Where(p => !p.IsOutgoing);
        return await people.OrderBy(p => p.Id)
            .Select(p => new PersonInfo(p.Id, p.Name, p.OrganizationId, p.Category, p.IsLeadingCadre, p.IsOutgoing)).ToListAsync(cancellationToken);
    }

    public async Task<PersonInfo?> FindAsync(long personId, CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new PersonInfo(p.Id, p.Name, p.OrganizationId, p.Category, p.IsLeadingCadre, p.IsOutgoing)).SingleOrDefaultAsync(cancellationToken);
}
