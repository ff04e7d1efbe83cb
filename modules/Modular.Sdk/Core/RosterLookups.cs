namespace Modular.Sdk.Core;

public static class RosterLookups
{
    /// <summary>The people of these ids on the roster: <see cref="IRoster.FindManyAsync"/>, kept for plugins built against SDKs that had only this.</summary>
    public static Task<Dictionary<long, PersonInfo>> FindManyAsync(this IRoster roster, IEnumerable<long> ids, CancellationToken cancellationToken = default) =>
        roster.FindManyAsync(ids, cancellationToken);

    /// <summary>The signed-in user's own entry on the roster; null when their account is not linked to one (the office's, an auditor's).</summary>
    public static async Task<PersonInfo?> PersonAsync(this ICurrentUser user, IRoster roster, CancellationToken cancellationToken = default) =>
        await user.PersonIdAsync(cancellationToken) is { } id ? await roster.FindAsync(id, cancellationToken) : null;
}
