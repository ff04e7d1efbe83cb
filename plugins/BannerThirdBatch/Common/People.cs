namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>The jurisdiction's roster (outgoing members included), read once per request: names for the oversight items' people.</summary>
public sealed class ThirdBatchPeople(IRoster roster)
{
    private IReadOnlyDictionary<long, PersonInfo>? _all;

    public async Task<IReadOnlyDictionary<long, PersonInfo>> AllAsync(CancellationToken ct) =>
        _all ??= (await roster.MembersAsync(new RosterQuery { IncludeOutgoing = true }, ct)).ToDictionary(p => p.Id);

    public async Task<string> NameAsync(long? personId, CancellationToken ct) =>
        personId is { } id ? (await AllAsync(ct)).TryGetValue(id, out var p) ? p.Name : $"#{id}" : "";
}
