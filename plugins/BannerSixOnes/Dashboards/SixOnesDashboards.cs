using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Dashboards;

/// <summary>The head (一把手) of a unit, answerable for the campaign (方案“四、1”): its secretary; null when none is set.</summary>
public sealed record UnitHead(long PersonId, string Name);

/// <summary>One unit on the office dashboard: the six rolled up over its subtree, and who answers for it.</summary>
public sealed record UnitRow(OrganizationInfo Organization, UnitHead? Head, bool HasChildren, IReadOnlyList<ItemRollup> Items);

/// <summary>The banner office's view (旗创先争优办): per sumu/town or, drilled down, per unit below one.</summary>
public sealed record OfficeDashboard(SixOnesRules Rules, DateOnly AsOf, OrganizationInfo? Scope, UnitHead? ScopeHead,
    IReadOnlyList<ItemRollup> Totals, IReadOnlyList<UnitRow> Units);

/// <summary>One member's six, as their secretary and they themselves see them, on <paramref name="Today"/>.</summary>
public sealed record MemberSix(PersonInfo Member, string Organization, IReadOnlyList<MemberItemStatus> Items, DateOnly Today)
{
    /// <summary>The earliest open thing still ahead (due today or later), for “what is due next”; overdue ones show as late instead.</summary>
    public MemberItemStatus? Next => Items.Where(i => !i.State.IsDone() && i.NextDue >= Today).MinBy(i => i.NextDue);
}

/// <summary>A branch secretary's view: their organization's members, each with their six.</summary>
public sealed record MembersDashboard(SixOnesRules Rules, DateOnly AsOf, OrganizationInfo Organization, UnitHead? Head, IReadOnlyList<MemberSix> Members);

/// <summary>
/// Builds the three dashboards from the items (<see cref="ISixOnesItem"/>), the organization tree and the
/// roster, for whoever may see them: the office and auditors the whole banner; an officer or inspector their
/// organization and what is under it; everyone their own six.
/// </summary>
public sealed class SixOnesDashboards(SixOnesCampaign campaign, IEnumerable<ISixOnesItem> items, IOrganizationDirectory organizations, IRoster roster, ICurrentUser user)
{
    private readonly IReadOnlyList<ISixOnesItem> _items = [.. items.OrderBy(i => i.Number)];

    /// <summary>The scope shown when none is asked for: the whole banner (null) for the office, else the user's first organization.</summary>
    public long? DefaultScope => user.ReadsAll() ? null : user.OfficerOf.Concat(user.InspectorOf).Cast<long?>().FirstOrDefault();

    /// <summary>Whether the user sees the dashboard of this organization (null: of the whole banner).</summary>
    public async Task<bool> MaySeeAsync(long? scope, CancellationToken ct = default) =>
        scope is { } id ? await user.MaySeeOrganizationAsync(id, ct) : user.ReadsAll();

    /// <summary>The office's dashboard of an organization (default: <see cref="DefaultScope"/>).</summary>
    public async Task<Result<OfficeDashboard>> OfficeAsync(long? organization, CancellationToken ct = default)
    {
        var scope = organization ?? DefaultScope;
        if (!await MaySeeAsync(scope, ct)) return Refuse.Forbidden(Text.Of("只能查看本组织及下级的进度", "You see the progress of your organization and those under it."));
        var view = await BuildOfficeAsync(scope, ct);
        return scope is { } id && view.Scope is null ? Refuse.NotFound(References.NoOrganization(id)) : Result.Ok(view);
    }

    /// <summary>A branch secretary's view of an organization (default: <see cref="DefaultScope"/>): its members, each with their six.</summary>
    public async Task<Result<MembersDashboard>> MembersAsync(long? organization, CancellationToken ct = default)
    {
        if ((organization ?? DefaultScope) is not { } scope) return Refuse.Field("organization", Text.Of("请指定组织", "Give the organization."));
        if (!await user.MaySeeOrganizationAsync(scope, ct)) return Refuse.Forbidden(Text.Of("只能查看本组织及下级的党员", "You see the members of your organization and those under it."));
        return await BuildMembersAsync(scope, ct) is { } view ? Result.Ok(view) : Refuse.NotFound(References.NoOrganization(scope));
    }

    /// <summary>The caller's own six.</summary>
    public async Task<Result<MemberSix>> MineAsync(CancellationToken ct = default)
    {
        if (await user.PersonAsync(roster, ct) is not { } member)
            return Refuse.Field("person", Text.Of("您的账号尚未关联党员信息，请联系管理员", "Your account is not linked to a member; ask the administrator."));
        var organization = await organizations.FindAsync(member.OrganizationId, ct);
        return Result.Ok(await SixOfAsync(await campaign.RulesAsync(ct), member, organization?.Name ?? "", ct));
    }

    private async Task<OfficeDashboard> BuildOfficeAsync(long? scopeId, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var asOf = AsOf(rules);
        var tree = await organizations.ListAsync(ct);
        var byItem = new Dictionary<int, IReadOnlyList<OrganizationProgress>>();
        foreach (var item in _items) byItem[item.Number] = await item.ProgressAsync(rules, asOf, ct);
        var rollup = new SixOnesRollup(tree, byItem);
        var scope = scopeId is { } id ? rollup.Organizations.GetValueOrDefault(id) : null;

        // The whole banner: the units under the root committee (sumu/towns, organs' committees…) are the rows.
        var rowsOf = scope is not null ? scope.Id : SingleRoot(rollup)?.Id;
        var shown = rollup.ChildrenOf(rowsOf).Where(IsPartyOrganization).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var heads = await HeadsAsync([.. shown.Select(u => u.Id), .. scope is not null ? [scope.Id] : Array.Empty<long>()], ct);
        var units = shown.Select(unit => new UnitRow(unit, heads.GetValueOrDefault(unit.Id), rollup.ChildrenOf(unit.Id).Count > 0,
            [.. _items.Select(i => rollup.Of(unit.Id, i.Number))])).ToList();
        IReadOnlyList<ItemRollup> totals = scope is not null
            ? [.. _items.Select(i => rollup.Of(scope.Id, i.Number))]
            : [.. _items.Select(i => rollup.Total(i.Number))];
        return new OfficeDashboard(rules, asOf, scope, scope is not null ? heads.GetValueOrDefault(scope.Id) : null, totals, units);
    }

    private async Task<MembersDashboard?> BuildMembersAsync(long organizationId, CancellationToken ct)
    {
        var organization = await organizations.FindAsync(organizationId, ct);
        if (organization is null) return null;
        var rules = await campaign.RulesAsync(ct);
        var names = (await organizations.SubtreeAsync(organizationId, ct)).ToDictionary(o => o.Id, o => o.Name);
        var members = await roster.MembersAsync(new RosterQuery { SubtreeRootId = organizationId }, ct);
        var rows = new List<MemberSix>();
        foreach (var member in members.OrderBy(m => m.OrganizationId).ThenBy(m => m.Name, StringComparer.Ordinal))
            rows.Add(await SixOfAsync(rules, member, names.GetValueOrDefault(member.OrganizationId, ""), ct));
        return new MembersDashboard(rules, campaign.Today, organization, await HeadAsync(organizationId, ct), rows);
    }

    /// <summary>
    /// 四、1 一把手负总责: the units whose secretary (书记) the caller is, each with its six as the office dashboard shows them
    /// (the same figures), whether or not the caller's account is that unit's officer.
    /// </summary>
    public async Task<IReadOnlyList<OfficeDashboard>> HeadedAsync(CancellationToken ct = default)
    {
        if (await user.PersonIdAsync(ct) is not { } me) return [];
        var headed = (await organizations.AllOfficersAsync(ct)).Where(o => o.PersonId == me && o.Post == OfficerPost.Secretary).Select(o => o.OrganizationId).Distinct().ToList();
        var views = new List<OfficeDashboard>();
        foreach (var id in headed)
            if (await BuildOfficeAsync(id, ct) is { Scope: not null } view) views.Add(view);
        return views;
    }

    /// <summary>The unit's secretary (书记), who answers for the campaign there.</summary>
    public async Task<UnitHead?> HeadAsync(long organizationId, CancellationToken ct = default) =>
        (await HeadsAsync([organizationId], ct)).GetValueOrDefault(organizationId);

    /// <summary>
    /// The secretaries of these units (those that have one), in two reads however many units a dashboard shows: one unit's
    /// officers, or every organization's when there are more.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, UnitHead>> HeadsAsync(IReadOnlyCollection<long> organizationIds, CancellationToken ct = default)
    {
        var wanted = organizationIds.ToHashSet();
        if (wanted.Count == 0) return new Dictionary<long, UnitHead>();
        var officers = wanted.Count == 1 ? await organizations.OfficersAsync(wanted.Single(), ct) : await organizations.AllOfficersAsync(ct);
        var secretaries = officers
            .Where(o => o.Post == OfficerPost.Secretary && wanted.Contains(o.OrganizationId))
            .GroupBy(o => o.OrganizationId).ToDictionary(g => g.Key, g => g.First().PersonId);
        var people = await roster.FindManyAsync(secretaries.Values, ct);
        return secretaries.Where(s => people.ContainsKey(s.Value))
            .ToDictionary(s => s.Key, s => new UnitHead(s.Value, people[s.Value].Name));
    }

    private async Task<MemberSix> SixOfAsync(SixOnesRules rules, PersonInfo member, string organization, CancellationToken ct)
    {
        var statuses = new List<MemberItemStatus>();
        foreach (var item in _items)
            if (await item.ForMemberAsync(rules, member, campaign.Today, ct) is { } status) statuses.Add(status);
        return new MemberSix(member, organization, statuses, campaign.Today);
    }

    // Figures run to today, or to the campaign's end once it is over (and from its start before it begins).
    private DateOnly AsOf(SixOnesRules rules) =>
        campaign.Today > rules.CampaignEnd ? rules.CampaignEnd : campaign.Today;

    private static OrganizationInfo? SingleRoot(SixOnesRollup rollup) =>
        rollup.ChildrenOf(null) is [var only] ? only : null;

    /// <summary>Leading groups, their offices and inspection groups run the campaign; they owe none of the six.</summary>
    public static bool IsPartyOrganization(OrganizationInfo o) =>
        o.Kind is not (OrganizationKind.LeadingGroup or OrganizationKind.LeadingGroupOffice or OrganizationKind.InspectionGroup);
}
