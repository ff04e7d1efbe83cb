using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>
/// Who may do what, through the SDK's current user: the county office (jurisdiction admin) does
/// everything; an officer acts within their subtree; the level above receives filings, scores and
/// recognizes; members act for themselves; auditors and inspectors read.
/// </summary>
public sealed class CountyAccess(ICurrentUser user, CountyTree tree)
{
    public ICurrentUser User => user;

    public bool IsOffice => user.IsJurisdictionAdmin;

    public Task<bool> ManagesAsync(long organizationId, CancellationToken ct = default) => user.ManagesOrganizationAsync(organizationId, ct);

    public Task<bool> MayActForAsync(long personId, CancellationToken ct = default) => user.MayActForPersonAsync(personId, ct);

    /// <summary>
    /// The level above the organization (上一级): whoever manages its parent. The county committee's
    /// level above is the county office itself.
    /// </summary>
    public async Task<bool> IsLevelAboveAsync(long organizationId, CancellationToken ct = default)
    {
        if (user.IsJurisdictionAdmin) return true;
        var org = await tree.FindAsync(organizationId, ct);
        return org?.ParentId is { } parent && await user.ManagesOrganizationAsync(parent, ct);
    }

    /// <summary>The organizations whose records the user may read (the SDK's rule).</summary>
    public async Task<HashSet<long>> VisibleOrganizationsAsync(CancellationToken ct = default) => user.VisibleOrganizations(await tree.TreeAsync(ct));
}
