using System.Collections.Concurrent;

namespace Modular.Organizations;

/// <summary>
/// Each jurisdiction's organization tree as this instance last built it, with the version it was read at
/// (<c>roster.organization_tree_versions</c>, moved forward by a trigger in the same statement as any change to the
/// jurisdiction's organizations, from any instance). A tree is handed out only for the version a request has just read,
/// so a change elsewhere is seen by the next request. The trees are immutable and shared by every request.
/// </summary>
internal sealed class OrganizationTreeCache
{
    private readonly ConcurrentDictionary<int, (long Version, Sdk.Core.OrganizationTree Tree)> _trees = new();

    public Sdk.Core.OrganizationTree? Find(int jurisdiction, long version) =>
        _trees.TryGetValue(jurisdiction, out var kept) && kept.Version == version ? kept.Tree : null;

    public void Keep(int jurisdiction, long version, Sdk.Core.OrganizationTree tree)
    {
        if (jurisdiction > 0) _trees[jurisdiction] = (version, tree);
    }
}
