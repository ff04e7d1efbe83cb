using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>Creates, edits, moves and deletes the organizations of the current jurisdiction, and names their officers.</summary>
public sealed class OrganizationService(RosterDbContext db, IIntegrationEvents events)
{
    /// <summary>What a form or a script sends. Kind and sector are their Chinese labels, English labels or enum names.</summary>
    public sealed record Input(string? Code, string? Name, string? Kind, string? Sector, long? ParentId, DateOnly? EstablishedOn, string? Contact, int? Version = null);

    /// <summary>One node as the tree page and the API show it, with its own and its subtree's member counts.</summary>
    public sealed record Node(long Id, long? ParentId, string Code, string Name, string Kind, string KindLabel, string? Sector, string? SectorLabel,
        DateOnly? EstablishedOn, string? Contact, int Depth, int OwnMembers, int SubtreeMembers, int Version)
    {
        /// <summary>The 书记 an organization file named who is not matched to a member yet.</summary>
        public string? PendingSecretaryName { get; init; }
    }

    /// <summary>A pending secretary tried against the roster: named (<see cref="PersonId"/>) or still pending, and why.</summary>
    public sealed record SecretaryMatch(long OrganizationId, string Code, string Organization, string Secretary, long? PersonId, string? Problem);

    public async Task<OrganizationTree> TreeAsync(CancellationToken ct = default) =>
        new(await db.Organizations.AsNoTracking().ToListAsync(ct));

    /// <summary>The whole tree in display order (each node followed by its subtree), each node with its parent, depth and member counts.</summary>
    public async Task<IReadOnlyList<Node>> NodesAsync(CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        var own = await db.People.AsNoTracking().GroupBy(p => p.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var nodes = new List<Node>();
        int Add(Organization o, int depth) // adds the node and its subtree; answers the subtree's member count
        {
            var at = nodes.Count;
            nodes.Add(null!); // its place before its children; filled in once their counts are known
            var mine = own.GetValueOrDefault(o.Id);
            var subtree = mine + tree.ChildrenOf(o.Id).Sum(c => Add(c, depth + 1));
            nodes[at] = new Node(o.Id, o.ParentId, o.Code, o.Name, o.Kind.ToString(), Labels.Of(Labels.Kinds, o.Kind), o.Sector?.ToString(),
                o.Sector is { } s ? Labels.Of(Labels.Sectors, s) : null, o.EstablishedOn, o.Contact, depth, mine, subtree, o.Version)
            {
                PendingSecretaryName = o.PendingSecretaryName,
            };
            return subtree;
        }
        foreach (var root in tree.Roots) Add(root, 0);
        return nodes;
    }

    public async Task<Organization?> FindAsync(long id, CancellationToken ct = default) =>
        await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);

    public async Task<(Organization? Created, EditResult Result)> CreateAsync(RosterActor actor, Input input, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (input.ParentId is { } parent ? !actor.MayEdit(tree, parent) : !actor.IsAdmin) return (null, RosterResults.Forbidden);
        var errors = new ValidationErrors();
        var (kind, sector) = ValidateFields(input, tree, existingId: null, errors);
        if (input.ParentId is { } p && tree.Find(p) is null)
            errors.Add("parentId", Text.Of($"上级组织 {p} 不存在。", $"No organization {p} to be the parent."));
        if (!errors.IsValid) return (null, EditResult.Invalid(errors));
        var row = new Organization
        {
            Code = input.Code!.Trim(), Name = input.Name!.Trim(), Kind = kind, Sector = sector, ParentId = input.ParentId,
            EstablishedOn = input.EstablishedOn, Contact = Clean(input.Contact),
        };
        db.Organizations.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return (null, EditResult.Invalid("code", CodeTaken(input.Code!)));
        }
        return (row, EditResult.Ok);
    }

    /// <summary>Edits code, name, kind, sector, date and contact (moving is <see cref="MoveAsync"/>).</summary>
    public async Task<EditResult> UpdateAsync(RosterActor actor, long id, Input input, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (tree.Find(id) is null) return NotFound(id);
        if (!actor.MayEdit(tree, id)) return RosterResults.Forbidden;
        var errors = new ValidationErrors();
        var (kind, sector) = ValidateFields(input, tree, id, errors);
        if (!errors.IsValid) return EditResult.Invalid(errors);
        var row = await db.Organizations.AsTracking().SingleAsync(o => o.Id == id, ct);
        if (input.Version is { } expected && expected != row.Version) return EditResult.Concurrent;
        db.Entry(row).Property(o => o.Version).OriginalValue = row.Version;
        row.Version++;
        row.Code = input.Code!.Trim();
        row.Name = input.Name!.Trim();
        row.Kind = kind;
        row.Sector = sector;
        row.EstablishedOn = input.EstablishedOn;
        row.Contact = Clean(input.Contact);
        return await SaveAsync(input.Code!, ct);
    }

    /// <summary>Moves a node and its subtree under another parent (null: make it a root). Refuses cycles.</summary>
    public async Task<EditResult> MoveAsync(RosterActor actor, long id, long? newParentId, int? version = null, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (tree.Find(id) is not { } node) return NotFound(id);
        if (!actor.MayEdit(tree, id) || (newParentId is { } np ? !actor.MayEdit(tree, np) : !actor.IsAdmin)) return RosterResults.Forbidden;
        if (newParentId is { } parent)
        {
            if (tree.Find(parent) is not { } target)
                return EditResult.Invalid("parentId", Text.Of($"上级组织 {parent} 不存在。", $"No organization {parent} to be the parent."));
            if (tree.IsInSubtree(parent, id))
                return EditResult.Invalid("parentId", parent == id
                    ? Text.Of($"不能把“{node.Name}”移到它自己下面。", $"Cannot move \"{node.Name}\" under itself.")
                    : Text.Of($"不能把“{node.Name}”移到它的下级组织“{target.Name}”下面。", $"Cannot move \"{node.Name}\" under \"{target.Name}\", which is one of its own sub-organizations."));
        }
        var row = await db.Organizations.AsTracking().SingleAsync(o => o.Id == id, ct);
        if (version is { } expected && expected != row.Version) return EditResult.Concurrent;
        db.Entry(row).Property(o => o.Version).OriginalValue = row.Version;
        row.Version++;
        var from = row.ParentId;
        row.ParentId = newParentId;
        var saved = await SaveAsync(row.Code, ct);
        if (saved.Succeeded && from != newParentId) await events.PublishAsync(new OrganizationMoved(row.Id, from, newParentId), ct);
        return saved;
    }

    /// <summary>Deletes an organization with no sub-organizations, no members and no transfer history.</summary>
    public async Task<EditResult> DeleteAsync(RosterActor actor, long id, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (tree.Find(id) is not { } node) return NotFound(id);
        if (!actor.MayEdit(tree, id) || (node.ParentId is { } p ? !actor.MayEdit(tree, p) : !actor.IsAdmin)) return RosterResults.Forbidden;
        if (tree.ChildrenOf(id).Count > 0)
            return EditResult.Invalid("id", Text.Of($"“{node.Name}”下还有组织，不能删除。", $"\"{node.Name}\" still has sub-organizations and cannot be deleted."));
        if (await db.People.AnyAsync(x => x.OrganizationId == id, ct))
            return EditResult.Invalid("id", Text.Of($"“{node.Name}”还有党员，不能删除；请先转出。", $"\"{node.Name}\" still has members and cannot be deleted; transfer them first."));
        if (await db.Transfers.AnyAsync(t => t.FromOrganizationId == id || t.ToOrganizationId == id, ct))
            return EditResult.Invalid("id", Text.Of($"“{node.Name}”有组织关系转接记录，不能删除。", $"\"{node.Name}\" appears in transfer history and cannot be deleted."));
        await db.Officers.Where(o => o.OrganizationId == id).ExecuteDeleteAsync(ct);
        await db.Organizations.Where(o => o.Id == id).ExecuteDeleteAsync(ct);
        return EditResult.Ok;
    }

    public async Task<IReadOnlyList<Officer>> OfficersAsync(long organizationId, CancellationToken ct = default) =>
        await db.Officers.AsNoTracking().Where(o => o.OrganizationId == organizationId).OrderBy(o => o.Post).ThenBy(o => o.PersonId).ToListAsync(ct);

    public async Task<EditResult> SetOfficerAsync(RosterActor actor, long organizationId, long personId, string? post, bool holds, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (tree.Find(organizationId) is null) return NotFound(organizationId);
        if (!actor.MayEdit(tree, organizationId)) return RosterResults.Forbidden;
        if (!Labels.TryParse(Labels.Posts, post, out OfficerPost parsed))
            return EditResult.Invalid("post", Text.Of($"“{post}”不是职务（书记、副书记、组织委员、宣传委员、纪检委员）。", $"\"{post}\" is not a post (secretary, deputy secretary, organization, propaganda or discipline member)."));
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
            return EditResult.Invalid("personId", Text.Of($"没有编号为 {personId} 的党员。", $"No person {personId}."));
        var existing = await db.Officers.AsTracking().SingleOrDefaultAsync(o => o.OrganizationId == organizationId && o.PersonId == personId && o.Post == parsed, ct);
        if (holds && existing is null) db.Officers.Add(new Officer { OrganizationId = organizationId, PersonId = personId, Post = parsed });
        if (!holds && existing is not null) db.Officers.Remove(existing);
        if (holds && parsed == OfficerPost.Secretary) await ForgetPendingSecretariesAsync([organizationId], ct);
        await db.SaveChangesAsync(ct);
        return EditResult.Ok;
    }

    /// <summary>
    /// Names many officers in one save (the demo's trees, later an import): each organization must be one the actor may
    /// edit and each person on the roster; nothing is saved unless all are.
    /// </summary>
    public async Task<EditResult> AppointAsync(RosterActor actor, IReadOnlyList<(long OrganizationId, long PersonId, OfficerPost Post)> officers, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        foreach (var organizationId in officers.Select(o => o.OrganizationId).Distinct())
        {
            if (tree.Find(organizationId) is null) return NotFound(organizationId);
            if (!actor.MayEdit(tree, organizationId)) return RosterResults.Forbidden;
        }
        var personIds = officers.Select(o => o.PersonId).Distinct().ToList();
        var known = await db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (personIds.Except(known).FirstOrDefault() is var missing and not 0)
            return EditResult.Invalid("personId", Text.Of($"没有编号为 {missing} 的党员。", $"No person {missing}."));
        db.Officers.AddRange(officers.Select(o => new Officer { OrganizationId = o.OrganizationId, PersonId = o.PersonId, Post = o.Post }));
        await ForgetPendingSecretariesAsync(officers.Where(o => o.Post == OfficerPost.Secretary).Select(o => o.OrganizationId).Distinct().ToList(), ct);
        await db.SaveChangesAsync(ct);
        return EditResult.Ok;
    }

    /// <summary>A secretary appointed: the name an organization file left pending is settled (saved with the appointment).</summary>
    private async Task ForgetPendingSecretariesAsync(IReadOnlyList<long> organizationIds, CancellationToken ct)
    {
        if (organizationIds.Count == 0) return;
        foreach (var row in await db.Organizations.AsTracking().Where(o => organizationIds.Contains(o.Id) && o.PendingSecretaryName != null).ToListAsync(ct))
        {
            row.PendingSecretaryName = null;
            row.Version++;
        }
    }

    /// <summary>
    /// Tries each pending secretary (<see cref="Organization.PendingSecretaryName"/>) against the roster as the import does
    /// (<see cref="SecretaryMatcher"/>): one member of that name in the organization, else in the jurisdiction, becomes its
    /// secretary; the others stay pending. All organizations (admins) or one (those who may edit it). Takes its turn with
    /// the imports (<see cref="ImportLock"/>), which read and write the same names.
    /// </summary>
    public async Task<(IReadOnlyList<SecretaryMatch> Matches, EditResult Result)> MatchPendingSecretariesAsync(RosterActor actor, long? organizationId = null, CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        if (organizationId is { } one)
        {
            if (tree.Find(one) is null) return ([], NotFound(one));
            if (!actor.MayEdit(tree, one)) return ([], RosterResults.Forbidden);
        }
        else if (!actor.IsAdmin) return ([], RosterResults.Forbidden);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ImportLock.TakeAsync((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(), db.CurrentJurisdictionId, ct);
        var organizations = await db.Organizations.AsTracking()
            .Where(o => o.PendingSecretaryName != null && (organizationId == null || o.Id == organizationId)).OrderBy(o => o.Code).ToListAsync(ct);
        var members = await SecretaryMatcher.MembersNamedAsync(db, organizations.Select(o => o.PendingSecretaryName!).ToList(), ct);
        var ids = organizations.Select(o => o.Id).ToList();
        var officers = await db.Officers.AsTracking().Where(x => x.Post == OfficerPost.Secretary && ids.Contains(x.OrganizationId)).ToListAsync(ct);
        var matches = new List<SecretaryMatch>();
        foreach (var o in organizations)
        {
            var name = o.PendingSecretaryName!;
            var (personId, problem) = SecretaryMatcher.Match(name, o.Id, members.GetValueOrDefault(name) ?? []);
            matches.Add(new SecretaryMatch(o.Id, o.Code, o.Name, name, personId, problem));
            if (personId is not { } id) continue;
            db.Officers.RemoveRange(officers.Where(x => x.OrganizationId == o.Id && x.PersonId != id));
            if (!officers.Any(x => x.OrganizationId == o.Id && x.PersonId == id))
                db.Officers.Add(new Officer { OrganizationId = o.Id, PersonId = id, Post = OfficerPost.Secretary });
            o.PendingSecretaryName = null;
            o.Version++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (matches, EditResult.Ok);
    }

    private (OrganizationKind, Sector?) ValidateFields(Input input, OrganizationTree tree, long? existingId, ValidationErrors errors)
    {
        var code = input.Code?.Trim();
        if (string.IsNullOrEmpty(code)) errors.Add("code", Text.Of("组织编号不能为空。", "Code (组织编号) is required."));
        else if (code.Length > OrganizationLimits.Code) errors.Add("code", Text.Of($"组织编号超过 {OrganizationLimits.Code} 个字符。", $"Code is longer than {OrganizationLimits.Code} characters."));
        else if (tree.All.Any(o => o.Code == code && o.Id != existingId)) errors.Add("code", CodeTaken(code));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", Text.Of("组织名称不能为空。", "Name is required."));
        else if (input.Name.Trim().Length > OrganizationLimits.Name) errors.Add("name", Text.Of($"组织名称超过 {OrganizationLimits.Name} 个字符。", $"Name is longer than {OrganizationLimits.Name} characters."));
        if (Limits.TooLong(Clean(input.Contact), Limits.Line) is { } longContact) errors.Add("contact", longContact);
        if (Limits.DateProblem(input.EstablishedOn) is { } outOfRange) errors.Add("establishedOn", outOfRange);
        if (!Labels.TryParse(Labels.Kinds, input.Kind, out OrganizationKind kind))
            errors.Add("kind", Text.Of($"“{input.Kind}”不是组织类别（党委、党总支、党支部、党组……）。", $"\"{input.Kind}\" is not an organization kind (party committee, general branch, branch, party group, ...)."));
        Sector? sector = null;
        if (!string.IsNullOrWhiteSpace(input.Sector))
        {
            if (Labels.TryParse(Labels.Sectors, input.Sector, out Sector s)) sector = s;
            else errors.Add("sector", Text.Of($"“{input.Sector}”不是领域（苏木镇/乡镇、嘎查/农村、社区、机关……）。", $"\"{input.Sector}\" is not a sector (township, village, community, government organ, ...)."));
        }
        return (kind, sector);
    }

    private Task<EditResult> SaveAsync(string code, CancellationToken ct) =>
        db.SaveEditAsync(() => EditResult.Invalid("code", CodeTaken(code)), ct);

    private static string CodeTaken(string code) => Text.Of($"组织编号“{code.Trim()}”已被使用。", $"Code \"{code.Trim()}\" is already used.");
    private static EditResult NotFound(long id) => RosterResults.NotFound(Text.Of($"没有编号为 {id} 的组织。", $"No organization {id}."));
    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Outcomes the roster adds to <see cref="EditResult"/>: not allowed (403) and not found (404), carried as reserved error keys.</summary>
internal static class RosterResults
{
    public const string ForbiddenKey = "forbidden";
    public const string NotFoundKey = "notFound";

    public static EditResult Forbidden => EditResult.Invalid(ForbiddenKey, Text.Of("您无权修改这里：只能修改您所负责组织及其下级的内容。", "You may not change this: only your own organization and those under it."));
    public static EditResult NotFound(string message) => EditResult.Invalid(NotFoundKey, message);
    public static bool IsForbidden(this EditResult result) => result.Errors.ContainsKey(ForbiddenKey);
    public static bool IsNotFound(this EditResult result) => result.Errors.ContainsKey(NotFoundKey);
}
