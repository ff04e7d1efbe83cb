namespace Modular.Plugins.BannerThirdBatch.Units;

/// <summary>A participating unit: a sumu/town, or a gacha or community with the sumu/town it belongs to (null if it hangs directly under the banner).</summary>
public sealed record Unit(long Id, string Name, UnitKind Kind, long? TownId, string? Town);

/// <summary>
/// The jurisdiction's participating units, read from the organization tree once per request (<see cref="UnitRule.KindOf"/>), and
/// who may do what with one: every item's service asks here, so every way in applies the same rule.
/// <list type="bullet">
/// <item>A unit's own work (its plan, outreach, sessions, checklist): its officers, those above it, and the banner office.</item>
/// <item>Review (a plan, a checklist's verification): the level above — the sumu/town for its gacha and communities, the banner for a town.</item>
/// <item>Reading: whoever sees the organization (its officers and those above, inspectors, auditors, the office).</item>
/// </list>
/// </summary>
public sealed class ThirdBatchUnits(IOrganizationDirectory directory, ICurrentUser user)
{
    private OrganizationTree? _tree;
    private IReadOnlyList<Unit>? _all;

    public async Task<OrganizationTree> TreeAsync(CancellationToken ct) => _tree ??= await directory.TreeAsync(ct);

    /// <summary>Every participating unit in the tree's order: each sumu/town followed by its gacha and communities.</summary>
    public async Task<IReadOnlyList<Unit>> AllAsync(CancellationToken ct)
    {
        if (_all is not null) return _all;
        var tree = await TreeAsync(ct);
        var units = new List<Unit>();
        foreach (var organization in tree.All)
        {
            if (UnitRule.KindOf(organization) is not { } kind) continue;
            var town = kind == UnitKind.Town ? null : TownOf(tree, organization.Id);
            units.Add(new Unit(organization.Id, organization.Name, kind, town?.Id, town?.Name));
        }
        return _all = units;
    }

    private static OrganizationInfo? TownOf(OrganizationTree tree, long id)
    {
        for (var at = tree.Find(id)?.ParentId; at is { } parent; at = tree.Find(parent)?.ParentId)
            if (tree.Find(parent) is { } p && UnitRule.KindOf(p) == UnitKind.Town) return p;
        return null;
    }

    public async Task<Unit?> FindAsync(long id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>The units the user sees: all for the office, inspectors and auditors; their subtree's for an officer; none for a member.</summary>
    public async Task<IReadOnlyList<Unit>> SeenAsync(CancellationToken ct)
    {
        var visible = user.VisibleOrganizations(await TreeAsync(ct));
        return [.. (await AllAsync(ct)).Where(u => visible.Contains(u.Id))];
    }

    /// <summary>A sumu/town's gacha and communities.</summary>
    public async Task<IReadOnlyList<Unit>> OfTownAsync(long townId, CancellationToken ct) => [.. (await AllAsync(ct)).Where(u => u.TownId == townId)];

    /// <summary>The unit, if the user may read it; else null (a page or the API says there is none).</summary>
    public async Task<Unit?> ReadableAsync(long id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } unit && await user.MaySeeOrganizationAsync(id, ct) ? unit : null;

    /// <summary>Its officers, those above it, or the office.</summary>
    public Task<bool> MayActForAsync(long unitId, CancellationToken ct) => user.ManagesOrganizationAsync(unitId, ct);

    /// <summary>The level above the unit (the sumu/town's officers for a gacha, the banner's for a town) or the office.</summary>
    public async Task<bool> MayReviewAsync(long unitId, CancellationToken ct) => await user.IsLevelAboveAsync(await TreeAsync(ct), unitId, ct);

    /// <summary>The banner office (the jurisdiction's administrators), who run the campaign as a whole.</summary>
    public bool IsOffice => user.IsJurisdictionAdmin;

    /// <summary>
    /// The unit for an action on it, or why not: a refusal of <paramref name="field"/> when it is no participating unit or the
    /// user cannot see it, 403 when they see it but may not act for it.
    /// </summary>
    public async Task<Result<Unit>> ForWorkAsync(long? unitId, string field, CancellationToken ct)
    {
        if (unitId is not { } id) return Refuse.Field(field, Text.Of("请选择参学单位。", "Choose the participating unit."));
        if (await ReadableAsync(id, ct) is not { } unit) return Refuse.Field(field, NoUnit(id));
        if (!await MayActForAsync(id, ct)) return Refuse.Forbidden(OnlyTheUnit);
        return Result.Ok(unit);
    }

    public static readonly string OnlyTheUnit = Text.Of("只有本单位、上级党组织的负责人或旗领导小组办公室可以登记。",
        "Only the unit's officers, those above it or the banner office record this.");

    public static string NoUnit(long id) => Text.Of($"没有编号为 {id} 的参学单位（苏木镇、嘎查或社区党组织）。",
        $"There is no participating unit {id} (a sumu/town, gacha or community party organization).");
}
