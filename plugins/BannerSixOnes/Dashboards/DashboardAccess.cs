using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Dashboards;

/// <summary>
/// Who sees which dashboard: the office and auditors the whole banner; an officer or inspector their
/// organization and what is under it; everyone their own six.
/// </summary>
public static class DashboardAccess
{
    public enum Verdict { Allowed, Forbidden }

    /// <summary>The scope to show when none was asked for: the whole banner (null) for the office, else the user's first organization.</summary>
    public static long? DefaultScope(ICurrentUser user) =>
        user.ReadsAll() ? null : user.OfficerOf.Concat(user.InspectorOf).Cast<long?>().FirstOrDefault();

    public static async Task<Verdict> MaySeeAsync(ICurrentUser user, long? scope, CancellationToken ct) =>
        scope is { } id
            ? (await user.MaySeeOrganizationAsync(id, ct) ? Verdict.Allowed : Verdict.Forbidden)
            : (user.ReadsAll() ? Verdict.Allowed : Verdict.Forbidden);
}
