using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>A body as the form or the API sends it: which one, its head, deputies, members (staff) from the roster, others by name, and the version read (0 the first time).</summary>
public sealed record BodyInput(LeadingBodyType? Type, long? HeadId, IReadOnlyList<long>? DeputyIds, IReadOnlyList<long>? MemberIds, string? Others, int? Version);

public sealed record BodySeatView(long? PersonId, string Name, LeadingBodyRole Role, string RoleName);

/// <summary>A body as recorded: its seats, version, when it was set up, who saved it last.</summary>
public sealed record BodyView(LeadingBodyType Type, int Version, IReadOnlyList<BodySeatView> Seats, DateTimeOffset EstablishedAt, string? SavedBy, DateTimeOffset SavedAt);

/// <summary>The county or a party committee with its two bodies (null until recorded) and their state against the end of stage 1.</summary>
public sealed record BodiesRow(long OrganizationId, string Name, bool IsCounty, BodyView? Group, BodyView? Office, DueState Status, string StatusName, bool MayEdit);

public sealed record BodiesOverview(DateOnly DueOn, IReadOnlyList<BodiesRow> Rows);

/// <summary>
/// 组建领导机构和工作机构 through the SDK's <see cref="ILeadingBodies"/> (kind <see cref="Kind"/>): the county's and every
/// party committee's; who may record them is the block's rule (the office, the committee's officers or those above, and
/// those seated in them). The overview, the saves and the obligation (<see cref="MobilizationFeature.BodiesObligation"/>).
/// </summary>
public sealed class LeadingBodiesService(ILeadingBodies bodies, IOrganizationDirectory directory, IRoster roster, ICurrentUser user, CountyCampaign campaign) : ICountyObligation
{
    public static readonly BlockKind Kind = new(CountyStartup.PluginId, "leading-body");

    /// <summary>The organizations that set up bodies: the county (the tree's root) and the party committees below it.</summary>
    private static List<OrganizationInfo> Levels(OrganizationTree tree) => tree.Root is { } root ? [root, .. tree.CommitteesBelowRoot] : [];

    public async Task<BodiesOverview> OverviewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var all = (await bodies.ListAsync(Kind, cancellationToken: ct)).ToLookup(b => b.OrganizationId);
        var names = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(p => p.Id, p => p.Name);
        var seated = await user.PersonIdAsync(ct) is { } me ? (await bodies.SeatedAsync(Kind, me, ct)).Select(b => b.OrganizationId).ToHashSet() : [];
        var due = LeadingBodiesRule.Due(rules);
        var rows = new List<BodiesRow>();
        foreach (var org in Levels(tree).Where(o => visible.Contains(o.Id) || seated.Contains(o.Id)))
        {
            var group = all[org.Id].FirstOrDefault(b => b.Type == LeadingBodyType.LeadingGroup);
            var office = all[org.Id].FirstOrDefault(b => b.Type == LeadingBodyType.WorkingOffice);
            var status = LeadingBodiesRule.Status(Day(group), Day(office), due, campaign.Today);
            rows.Add(new(org.Id, org.Name, org.Id == tree.Root!.Id, View(group, names), View(office, names), status,
                LeadingBodiesRule.StatusName(status).ToString(), seated.Contains(org.Id) || await user.ManagesOrganizationAsync(org.Id, ct)));
        }
        return new(due, rows);
    }

    /// <summary>One level's two bodies; 404 for an organization that is not the county or a committee, or one the caller neither sees nor sits in.</summary>
    public async Task<Result<BodiesRow>> GetAsync(long organizationId, CancellationToken ct) =>
        (await OverviewAsync(ct)).Rows.FirstOrDefault(r => r.OrganizationId == organizationId) is { } row ? Result.Ok(row) : Refuse.NotFound(NoLevel(organizationId));

    /// <summary>Records one body of the county or a committee, whole, from the version read; who may is the block's rule (403 for the others).</summary>
    public async Task<Result<BodiesRow>> SaveAsync(long organizationId, BodyInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is null) return Refuse.NotFound(NoLevel(organizationId));
        if (Levels(tree).All(o => o.Id != organizationId))
            return Refuse.Field("organizationId", Text.Of("只有县委和各党委组建领导机构和工作机构。", "Only the county and the party committees set up leading bodies."));
        if (input.Type is not { } type || !Enum.IsDefined(type)) return Refuse.Field("type", Text.Of("请选择领导小组或办公室。", "Choose the leading group or the office."));
        if (input.HeadId is not { } head)
            return Refuse.Field("headId", type == LeadingBodyType.LeadingGroup ? Text.Of("请选择组长。", "Choose the leader.") : Text.Of("请选择办公室主任。", "Choose the office's director."));
        var others = LeadingBodiesRule.Names(input.Others);
        var seats = LeadingBodiesRule.Seats(type, head, input.DeputyIds ?? [], (input.MemberIds ?? []).Except(input.DeputyIds ?? []), others);
        var saved = await bodies.SaveAsync(new(Kind, organizationId, type, seats, input.Version ?? 0), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return await GetAsync(organizationId, ct);
    }

    private DateOnly? Day(LeadingBodyInfo? body) => body is null ? null : campaign.LocalDay(body.EstablishedAt);

    private static BodyView? View(LeadingBodyInfo? body, IReadOnlyDictionary<long, string> names) => body is null ? null
        : new(body.Type, body.Version, [.. body.Seats.Select(s => new BodySeatView(s.PersonId,
                s.PersonId is { } p ? names.GetValueOrDefault(p, $"#{p}") : s.Name ?? "", s.Role, LeadingBodyNames.Role(body.Type, s.Role).ToString()))],
            body.EstablishedAt, body.SavedBy, body.SavedAt);

    public static string NoLevel(long id) => Text.Of($"没有编号为 {id} 的县委或党委。", $"There is no county or party committee {id}.");

    ObligationType ICountyObligation.Type => MobilizationFeature.BodiesObligation;

    /// <summary>The county and every committee owe both bodies by the end of stage 1; met when the later of the two was set up.</summary>
    async IAsyncEnumerable<ObligationDue> ICountyObligation.DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var due = LeadingBodiesRule.Due(rules);
        if (due < from || due > to) yield break;
        var all = (await bodies.ListAsync(Kind, cancellationToken: cancellationToken)).ToLookup(b => b.OrganizationId);
        foreach (var org in Levels(await directory.TreeAsync(cancellationToken)))
        {
            var set = all[org.Id].ToList();
            var met = set.Count == 2 ? set.Max(b => b.EstablishedAt) : (DateTimeOffset?)null;
            yield return new ObligationDue(MobilizationFeature.BodiesObligation.Key, ObligedKind.Organization, org.Id, rules.Stages[0].Start, due)
            {
                MetAt = met, RecordRef = met is null ? null : $"leading-bodies:{org.Id}",
            };
        }
    }
}
