namespace Modular.Sdk.Core;

public static class RosterLookups
{
    /// <summary>
    /// The people of these ids on the jurisdiction's roster (unknown ids are left out): the whole roster in one
    /// read for many ids, one by one for a few — a batch of thousands costs one query, a single save no roster read.
    /// </summary>
    public static async Task<Dictionary<long, PersonInfo>> FindManyAsync(this IRoster roster, IEnumerable<long> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.ToHashSet();
        if (wanted.Count > 20)
            return (await roster.MembersAsync(new RosterQuery(), cancellationToken)).Where(p => wanted.Contains(p.Id)).ToDictionary(p => p.Id);
        var found = new Dictionary<long, PersonInfo>();
        foreach (var id in wanted)
            if (await roster.FindAsync(id, cancellationToken) is { } person) found[id] = person;
        return found;
    }

    /// <summary>The signed-in user's own entry on the roster; null when their account is not linked to one (the office's, an auditor's).</summary>
    public static async Task<PersonInfo?> PersonAsync(this ICurrentUser user, IRoster roster, CancellationToken cancellationToken = default) =>
        await user.PersonIdAsync(cancellationToken) is { } id ? await roster.FindAsync(id, cancellationToken) : null;
}
