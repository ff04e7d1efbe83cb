namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>The jurisdiction's roster (outgoing members included), read once per request: names for the oversight items' people.</summary>
public sealed class ThirdBatchPeople(IRoster roster)
{
    private IReadOnlyDictionary<long, PersonInfo>? _all;

    public async Task<IReadOnlyDictionary<long, PersonInfo>> AllAsync(CancellationToken ct) =>
        _all ??= (await roster.MembersAsync(new RosterQuery { IncludeOutgoing = true }, ct)).ToDictionary(p => p.Id);

    /// <summary>The people of these ids on the roster (unknown ids left out): from the whole roster when this request read it, else looked up.</summary>
    public async Task<IReadOnlyDictionary<long, PersonInfo>> FindManyAsync(IEnumerable<long> ids, CancellationToken ct)
    {
        if (_all is null) return await roster.FindManyAsync(ids, ct);
        var found = new Dictionary<long, PersonInfo>();
        foreach (var id in ids)
            if (_all.TryGetValue(id, out var person)) found[id] = person;
        return found;
    }

    /// <summary>How many members (outgoing ones included) each organization has, counted where the roster is.</summary>
    public Task<IReadOnlyDictionary<long, int>> HeadcountsAsync(CancellationToken ct) => roster.HeadcountsAsync(new RosterQuery { IncludeOutgoing = true }, ct);

    public async Task<string> NameAsync(long? personId, CancellationToken ct) =>
        personId is { } id ? (await AllAsync(ct)).TryGetValue(id, out var p) ? p.Name : $"#{id}" : "";
}
