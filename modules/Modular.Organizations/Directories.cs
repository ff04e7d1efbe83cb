using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>
/// The SDK's read-only view of the current jurisdiction's organization tree. Scoped: the tree is found once per
/// request and kept until the roster saves a change (a request that moves an organization reads the new tree),
/// so services and <see cref="ICurrentUser"/>'s checks walk it as often as they like without a query each time.
/// Between requests the instance keeps each jurisdiction's tree (<see cref="OrganizationTreeCache"/>): a request reads
/// the tree's version, one row, and reads the organizations only when they changed since.
/// </summary>
internal sealed class OrganizationDirectory : IOrganizationDirectory, IDisposable
{
    private readonly RosterDbContext _db;
    private readonly OrganizationTreeCache _cache;
    private Sdk.Core.OrganizationTree? _tree;
    private int _treeJurisdiction;

    public OrganizationDirectory(RosterDbContext db, OrganizationTreeCache cache)
    {
        (_db, _cache) = (db, cache);
        _db.SavedChanges += Forget;
        _db.WroteAroundSaveChanges += Forget;
    }

    public async Task<Sdk.Core.OrganizationTree> TreeAsync(CancellationToken cancellationToken = default)
    {
        // Kept per jurisdiction: a unit of work that switches jurisdictions reads the other tree.
        var jurisdiction = _db.CurrentJurisdictionId;
        if (_tree is not null && _treeJurisdiction == jurisdiction) return _tree;
        // The version first: a tree read after it is at least that new, so it is never kept under a newer version.
        var version = await _db.Database.SqlQuery<long>($"""
            select version as "Value" from roster.organization_tree_versions where jurisdiction_id = {jurisdiction}
            """).FirstOrDefaultAsync(cancellationToken);
        if (_cache.Find(jurisdiction, version) is not { } current)
        {
            var tree = new OrganizationTree(await _db.Organizations.AsNoTracking().ToListAsync(cancellationToken));
            current = new(tree.DepthFirst().Select(o => Info(o, tree)).ToList());
            _cache.Keep(jurisdiction, version, current);
        }
        _treeJurisdiction = jurisdiction;
        return _tree = current;
    }

    public async Task<IReadOnlyList<OrganizationInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        (await TreeAsync(cancellationToken)).All;

    public async Task<OrganizationInfo?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        (await TreeAsync(cancellationToken)).Find(id);

    /// <summary>The subtree in the directory's depth-first order (the root first).</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        var ids = tree.SubtreeIds(rootId);
        return [.. tree.All.Where(o => ids.Contains(o.Id))];
    }

    public async Task<IReadOnlyList<OfficerInfo>> OfficersAsync(long organizationId, CancellationToken cancellationToken = default) =>
        (await _db.Officers.AsNoTracking().Where(o => o.OrganizationId == organizationId).OrderBy(o => o.Post).ToListAsync(cancellationToken))
            .Select(o => new OfficerInfo(o.OrganizationId, o.PersonId, o.Post)).ToList();

    public async Task<IReadOnlyList<OfficerInfo>> AllOfficersAsync(CancellationToken cancellationToken = default) =>
        await _db.Officers.AsNoTracking().OrderBy(o => o.OrganizationId).ThenBy(o => o.Post)
            .Select(o => new OfficerInfo(o.OrganizationId, o.PersonId, o.Post)).ToListAsync(cancellationToken);

    public void Dispose()
    {
        _db.SavedChanges -= Forget;
        _db.WroteAroundSaveChanges -= Forget;
    }

    private void Forget(object? sender, EventArgs e) => _tree = null;

    private static OrganizationInfo Info(Organization o, OrganizationTree tree) => new(o.Id, o.ParentId, o.Name, o.Kind, o.Sector, tree.DepthOf(o.Id));
}

/// <summary>
/// The SDK's read-only view of the current jurisdiction's roster. Scoped: each question (members or headcounts of a
/// query) is read once per request however many services ask it (a dashboard's items each map people to organizations),
/// and read again after the roster saves or imports; once the whole jurisdiction's members are read, every other
/// whole-jurisdiction question is answered from them. A subtree's members use the request's one read of the tree.
/// </summary>
internal sealed class Roster : IRoster, IDisposable
{
    private static readonly RosterQuery Everyone = new();
    private static readonly System.Linq.Expressions.Expression<Func<Person, PersonInfo>> ToInfo =
        p => new PersonInfo(p.Id, p.Name, p.OrganizationId, p.Category, p.IsLeadingCadre, p.IsOutgoing) { Whereabouts = p.Whereabouts, Employment = p.Employment };
    private readonly RosterDbContext _db;
    private readonly IOrganizationDirectory _directory;
    // What this request read, per question (a dashboard's items ask the same ones), for the jurisdiction it was read for.
    private readonly Dictionary<RosterQuery, IReadOnlyList<PersonInfo>> _members = [];
    private readonly Dictionary<RosterQuery, IReadOnlyDictionary<long, int>> _headcounts = [];
    private int _readFor;

    public Roster(RosterDbContext db, IOrganizationDirectory directory)
    {
        (_db, _directory) = (db, directory);
        _db.SavedChanges += Forget;
        _db.WroteAroundSaveChanges += Forget;
    }

    public async Task<IReadOnlyList<PersonInfo>> MembersAsync(RosterQuery query, CancellationToken cancellationToken = default)
    {
        if (Read(_members, query) is { } read) return read;
        if (query.SubtreeRootId is null && Read(_members, Everyone) is { } everyone)
            return Keep(_members, query, [.. everyone.Where(p => (!query.LeadingCadresOnly || p.IsLeadingCadre) && (query.IncludeOutgoing || !p.IsOutgoing))]);
        var members = await (await PeopleAsync(query, cancellationToken)).OrderBy(p => p.Id)
            .Select(ToInfo).ToListAsync(cancellationToken);
        return Keep(_members, query, members);
    }

    public async Task<IReadOnlyDictionary<long, int>> HeadcountsAsync(RosterQuery query, CancellationToken cancellationToken = default) =>
        Read(_headcounts, query) ?? Keep(_headcounts, query,
            await (await PeopleAsync(query, cancellationToken)).GroupBy(p => p.OrganizationId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken));

    public async Task<IReadOnlyDictionary<long, long>> PlacesAsync(RosterQuery query, CancellationToken cancellationToken = default)
    {
        if (Read(_members, query) is { } read) return read.ToDictionary(p => p.Id, p => p.OrganizationId);
        return await (await PeopleAsync(query, cancellationToken)).Select(p => new { p.Id, p.OrganizationId }) // the two columns, not every person's row
            .ToDictionaryAsync(p => p.Id, p => p.OrganizationId, cancellationToken);
    }

    private async Task<IQueryable<Person>> PeopleAsync(RosterQuery query, CancellationToken cancellationToken)
    {
        var people = _db.People.AsNoTracking();
        if (query.SubtreeRootId is { } root)
        {
            var ids = (await _directory.TreeAsync(cancellationToken)).SubtreeIds(root).ToList();
            people = people.Where(p => ids.Contains(p.OrganizationId));
        }
        if (query.LeadingCadresOnly) people = people.Where(p => p.IsLeadingCadre);
        if (!query.IncludeOutgoing) people = people.Where(p => !p.IsOutgoing);
        return people;
    }

    // An answer this request read before, if it did and for the jurisdiction the context is bound to now.
    private T? Read<T>(Dictionary<RosterQuery, T> answers, RosterQuery query) where T : class =>
        _readFor == _db.CurrentJurisdictionId && answers.TryGetValue(query, out var answer) ? answer : null;

    private T Keep<T>(Dictionary<RosterQuery, T> answers, RosterQuery query, T answer)
    {
        if (_readFor != _db.CurrentJurisdictionId) Forget(this, EventArgs.Empty);
        _readFor = _db.CurrentJurisdictionId;
        answers[query] = answer;
        return answer;
    }

    private void Forget(object? sender, EventArgs e)
    {
        _members.Clear();
        _headcounts.Clear();
    }

    public void Dispose()
    {
        _db.SavedChanges -= Forget;
        _db.WroteAroundSaveChanges -= Forget;
    }

    // One query for any number of ids (or the request's whole-roster read, when something already made it).
    public async Task<Dictionary<long, PersonInfo>> FindManyAsync(IEnumerable<long> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.ToHashSet();
        if (Read(_members, Everyone) is { } everyone)
            return everyone.Where(p => wanted.Contains(p.Id)).ToDictionary(p => p.Id);
        if (wanted.Count == 0) return [];
        var list = wanted.ToList();
        return await _db.People.AsNoTracking().Where(p => list.Contains(p.Id)).Select(ToInfo).ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    public async Task<PersonInfo?> FindAsync(long personId, CancellationToken cancellationToken = default) =>
        await _db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(ToInfo).SingleOrDefaultAsync(cancellationToken);
}
