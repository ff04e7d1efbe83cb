using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Capacity;

/// <summary>
/// 三、2 深化拓展能力素质建设（业务培训、岗位练兵、挂职锻炼）: a record per member per measure. The officers of the member's
/// organization (and those above it) and the banner office record, change and delete them at the version read; a member reads
/// their own; anyone else in the banner is refused (403); another banner's records are not there (404).
/// </summary>
public sealed class CapacityService(SixOnesDbContext db, IRoster roster, IOrganizationDirectory organizations, ICurrentUser user, SixOnesCampaign campaign)
{
    public static string KindName(CapacityKind kind) => kind switch
    {
        CapacityKind.Training => Text.Of("业务培训", "Training"),
        CapacityKind.PostDrill => Text.Of("岗位练兵", "Post drill"),
        _ => Text.Of("挂职锻炼", "Secondment"),
    };

    public static IReadOnlyList<CapacityKind> Kinds { get; } = Enum.GetValues<CapacityKind>();

    private static Refusal NoSuchRecord(long id) => Refuse.NotFound(Text.Of($"没有编号为 {id} 的记录。", $"There is no record {id}."));

    private static Refusal NotYours => Refuse.Forbidden(Text.Of("只有该党员所在组织（或上级）的党务干部和旗创先争优办可以登记、修改其记录。",
        "Only the officers of the member's organization (or above it) and the banner office record and change these records."));

    /// <summary>Shows the form: the office, or an officer of some organization (the service still checks the member).</summary>
    public bool MayRecordSome => user.IsJurisdictionAdmin || user.OfficerOf.Count > 0;

    /// <summary>May the caller keep this organization's members' records: its officers, those above, the office.</summary>
    public Task<bool> MayKeepAsync(long organizationId, CancellationToken ct) => user.ManagesOrganizationAsync(organizationId, ct);

    private async Task<bool> MayReadAsync(CapacityRecord record, CancellationToken ct) =>
        user.ReadsAll() || record.PersonId == await user.PersonIdAsync(ct) || await user.MaySeeOrganizationAsync(record.OrganizationId, ct);

    public async Task<Result<CapacityRow>> ReadAsync(long id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } record) return NoSuchRecord(id);
        if (!await MayReadAsync(record, ct)) return Refuse.Forbidden(Text.Of("您不能查看这名党员的记录。", "You may not read this member's records."));
        return Result.Ok((await RowsAsync([record], ct))[0]);
    }

    public Task<Result<CapacityRow>> RecordAsync(CapacityInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    public Task<Result<CapacityRow>> UpdateAsync(long id, CapacityInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    private async Task<Result<CapacityRow>> SaveAsync(long? id, CapacityInput input, CancellationToken ct)
    {
        CapacityRecord? found = null;
        if (id is { } existing)
        {
            found = await FindAsync(existing, ct);
            if (found is null) return NoSuchRecord(existing);
            if (!await MayKeepAsync(found.OrganizationId, ct)) return NotYours;
            if (input.Version is null) return Refuse.Field("version", Text.Of("缺少版本号，请重新打开后修改。", "Give the version you edited."));
        }
        else if (!MayRecordSome) return NotYours;

        if (input.PersonId is not { } personId || await roster.FindAsync(personId, ct) is not { } person)
            return Refuse.Field("personId", Text.Of("请选择党员。", "Choose the member."));
        if (found?.PersonId != personId && !await MayKeepAsync(person.OrganizationId, ct)) return NotYours;
        var errors = CapacityRule.Check(input.Kind, input.Title, input.StartsOn, input.EndsOn, input.HostUnit, input.Organizer, input.Hours, input.Note, campaign.Today);
        if (errors.Count > 0) return Refuse.Fields(errors);

        var row = db.Set<CapacityRecord>().Edit(found, id is null ? null : input.Version, () => new CapacityRecord { Title = "" });
        if (row is null) return Refuse.Conflict();
        row.PersonId = personId;
        row.OrganizationId = found?.PersonId == personId ? found.OrganizationId : person.OrganizationId;
        row.Kind = input.Kind!.Value;
        row.Title = Entered.Text(input.Title)!;
        row.StartsOn = input.StartsOn!.Value;
        row.EndsOn = input.EndsOn!.Value;
        row.HostUnit = Entered.Text(input.HostUnit);
        row.Organizer = Entered.Text(input.Organizer);
        row.Hours = input.Hours!.Value;
        row.Note = Entered.Text(input.Note);
        row.RecordedBy = user.DisplayName;
        row.RecordedAt = campaign.Now;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var saved = (await RowsAsync([row], ct))[0];
        return id is null ? Result.Created($"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones/capacity/{row.Id}", saved) : Result.Ok(saved);
    }

    /// <summary>Deletes a record at the version read (409 when someone changed it meanwhile).</summary>
    public async Task<Result<bool>> DeleteAsync(long id, int? version, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } found) return NoSuchRecord(id);
        if (!await MayKeepAsync(found.OrganizationId, ct)) return NotYours;
        if (version is null) return Refuse.Field("version", Text.Of("缺少版本号，请重新打开后删除。", "Give the version you read."));
        if (version != found.Version) return Refuse.Conflict();
        db.Set<CapacityRecord>().Remove(found);
        return await db.TrySaveAsync(ct) ? Result.Ok(true) : Refuse.Conflict();
    }

    /// <summary>
    /// The records the caller sees — of the organizations they see, and their own — of a member, of an organization's subtree
    /// (404 when the caller does not see it), of a kind; newest first.
    /// </summary>
    public async Task<Result<IReadOnlyList<CapacityRow>>> ListAsync(long? personId, long? organizationId, CapacityKind? kind, CancellationToken ct)
    {
        var query = db.Set<CapacityRecord>().AsQueryable();
        if (personId is { } p) query = query.Where(r => r.PersonId == p);
        if (kind is { } k) query = query.Where(r => r.Kind == k);
        if (organizationId is { } root)
        {
            if (await SubtreeAsync(root, ct) is not { } subtree) return Refuse.NotFound(Text.Of("没有这个组织。", "No such organization."));
            query = query.Where(r => subtree.Contains(r.OrganizationId));
        }
        var records = await query.OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.Id).ToListAsync(ct);
        var seen = await user.OwnOrSeenAsync(records, r => r.OrganizationId, r => r.PersonId, ct);
        return Result.Ok(await RowsAsync(seen, ct));
    }

    /// <summary>The caller's own records (我的六个一).</summary>
    public async Task<IReadOnlyList<CapacityRow>> MineAsync(CancellationToken ct) =>
        await user.PersonIdAsync(ct) is { } me ? (await ListAsync(me, null, null, ct)).Value! : [];

    /// <summary>
    /// Per organization the caller sees (of <paramref name="organizationId"/>'s subtree when given, 404 when not seen), in tree order:
    /// its members, their records by kind, how many took part, the hours; and the units one level down with everything under them.
    /// </summary>
    public async Task<Result<CapacityOverview>> OverviewAsync(long? organizationId, CancellationToken ct)
    {
        var tree = await organizations.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        IReadOnlyList<long> roots;
        if (organizationId is { } scope)
        {
            if (tree.Find(scope) is null || !visible.Contains(scope)) return Refuse.NotFound(Text.Of("没有这个组织。", "No such organization."));
            roots = [scope];
        }
        else roots = [.. tree.All.Where(o => visible.Contains(o.Id) && (o.ParentId is not { } parent || !visible.Contains(parent))).Select(o => o.Id)];

        var inScope = roots.SelectMany(r => tree.SubtreeIds(r)).ToHashSet();
        var records = await db.Set<CapacityRecord>().Where(r => inScope.Contains(r.OrganizationId)).ToListAsync(ct);
        var members = await roster.HeadcountsAsync(new RosterQuery(), ct);

        CapacityTally Tally(OrganizationInfo o, IReadOnlySet<long> of)
        {
            var mine = records.Where(r => of.Contains(r.OrganizationId)).ToList();
            int Count(CapacityKind kind) => mine.Count(r => r.Kind == kind);
            return new(o.Id, o.Name, o.Depth, of.Sum(id => members.GetValueOrDefault(id)), Count(CapacityKind.Training), Count(CapacityKind.PostDrill),
                Count(CapacityKind.Secondment), mine.Select(r => r.PersonId).Distinct().Count(), mine.Sum(r => r.Hours));
        }

        var lines = tree.All.Where(o => inScope.Contains(o.Id)).Select(o => Tally(o, new HashSet<long> { o.Id })).ToList();
        var units = new List<CapacityTally>();
        foreach (var root in roots.Select(tree.Find).OfType<OrganizationInfo>())
        {
            var children = tree.ChildrenOf(root.Id).ToList();
            var own = Tally(root, new HashSet<long> { root.Id });
            if (children.Count == 0 || own.Members > 0 || own.Total > 0) units.Add(own);
            units.AddRange(children.Select(c => Tally(c, tree.SubtreeIds(c.Id))));
        }
        var name = organizationId is { } s ? tree.NameOf(s) : campaign.Jurisdiction.Name;
        return Result.Ok(new CapacityOverview(organizationId, name, lines, units));
    }

    /// <summary>Per member, the campaign year's records by kind (no permission check: the year-end page has checked the scope).</summary>
    public async Task<IReadOnlyDictionary<long, CapacityCount>> PerMemberAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var (from, to) = (new DateOnly(rules.Year, 1, 1), new DateOnly(rules.Year, 12, 31));
        var rows = await db.Set<CapacityRecord>().Where(r => r.StartsOn >= from && r.StartsOn <= to)
            .GroupBy(r => new { r.PersonId, r.Kind }).Select(g => new { g.Key.PersonId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => new CapacityCount(
            g.Where(r => r.Kind == CapacityKind.Training).Sum(r => r.Count), g.Where(r => r.Kind == CapacityKind.PostDrill).Sum(r => r.Count),
            g.Where(r => r.Kind == CapacityKind.Secondment).Sum(r => r.Count)));
    }

    /// <summary>Tracked: the context reads without tracking by default, and an edit or a delete writes this very row.</summary>
    private Task<CapacityRecord?> FindAsync(long id, CancellationToken ct) => db.Set<CapacityRecord>().AsTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The organization's subtree when the caller sees it (its members' own records are read through <see cref="MineAsync"/>).</summary>
    private async Task<HashSet<long>?> SubtreeAsync(long root, CancellationToken ct)
    {
        if (await organizations.FindAsync(root, ct) is null) return null;
        if (!user.ReadsAll() && !await user.MaySeeOrganizationAsync(root, ct)) return null;
        return [.. (await organizations.SubtreeAsync(root, ct)).Select(o => o.Id)];
    }

    private async Task<IReadOnlyList<CapacityRow>> RowsAsync(IReadOnlyList<CapacityRecord> records, CancellationToken ct)
    {
        var tree = await organizations.TreeAsync(ct);
        var names = new Dictionary<long, string>();
        foreach (var id in records.Select(r => r.PersonId).Distinct())
            if (await roster.FindAsync(id, ct) is { } person) names[id] = person.Name;
        return [.. records.Select(r => new CapacityRow(r.Id, r.PersonId, names.GetValueOrDefault(r.PersonId), r.OrganizationId, tree.NameOf(r.OrganizationId),
            r.Kind, KindName(r.Kind), r.Title, r.StartsOn, r.EndsOn, r.HostUnit, r.Organizer, r.Hours, r.Note, r.RecordedBy, r.Version))];
    }
}
