using Microsoft.Extensions.DependencyInjection;

namespace Modular.Schedules;

/// <summary>
/// Whatever reads obligations first makes sure they are current (<see cref="IObligationSource.RefreshAsync"/>),
/// once per request: so a page, the API or the feed shows the enabled plugins' obligations on a fresh
/// start, right after a plugin is switched on, and on an instance that runs no jobs.
/// </summary>
public sealed class CurrentObligations(IServiceProvider services, Sdk.IJurisdictionContext jurisdiction)
{
    private Task? _refresh;

    public Task EnsureAsync(CancellationToken ct = default) =>
        jurisdiction.Current is null ? Task.CompletedTask : _refresh ??= RefreshAsync(ct);

    private async Task RefreshAsync(CancellationToken ct)
    {
        // Resolved here, not injected: the sources write through the same store whose reads call this.
        foreach (var source in services.GetServices<IObligationSource>())
            await source.RefreshAsync(daily: false, ct);
    }
}
