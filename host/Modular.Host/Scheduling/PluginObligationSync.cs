using System.Diagnostics;
using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Schedules;
using Modular.Sdk;
using Modular.Sdk.Scheduling;

namespace Modular.Host.Scheduling;

/// <summary>
/// Asks each plugin that is on in the current jurisdiction for its obligations (<see cref="IObligationProvider"/>) and
/// upserts them: new ones are added, changed due days and records are stored. A person's obligation rolls up under
/// the person's organization (from the roster).
/// <para>
/// <see cref="RefreshAsync"/> keeps them current without anyone pressing "generate": a plugin switched on, whose
/// settings changed (its switch has a new version) or — on the daily pass — not generated today is generated over
/// each provider's span (its campaign, so a past campaign's missed items are there too), or a month either side of
/// today for a provider without one; obligations outside a span that moved are removed, and a plugin switched off
/// takes its obligations with it. One host instance does it under the jurisdiction's lock; the others wait and then
/// find the work done.
/// </para>
/// </summary>
public sealed class PluginObligationSync(
    PluginRegistry registry, JurisdictionDirectory directory, IServiceProvider services, IJurisdictionContext jurisdiction,
    ObligationStore store, Assignees assignees, ObligationGenerations generations, ILogger<PluginObligationSync> logger) : IObligationSource
{
    /// <summary>How far back and ahead of today a provider without a span is generated.</summary>
    public const int WindowDays = 31;

    private Dictionary<long, long>? _organizationOf;

    public async Task<int> GenerateAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var touched = 0;
        foreach (var plugin in WithProviders())
            if (await directory.IsEnabledAsync(jurisdiction.Required.Id, plugin.Id, ct))
                foreach (var provider in Providers(plugin))
                    touched += await UpsertAsync(plugin.Id, provider, from, to, ct);
        return touched;
    }

    public async Task<int> RefreshAsync(bool daily, CancellationToken ct = default)
    {
        var today = store.Today;
        if ((await StaleAsync(daily, today, ct)).Count == 0) return 0;
        await using var held = await generations.LockAsync(ct);
        var touched = 0;
        foreach (var (plugin, version) in await StaleAsync(daily, today, ct)) // again: another instance may have done it while we waited
        {
            if (version is not { } current)
            {
                var removed = await generations.RemoveAsync(plugin.Id, ct);
                logger.LogInformation("Removed {Count} obligations of {Plugin} (switched off) in {Jurisdiction}", removed, plugin.Id, jurisdiction.Required.Code);
                continue;
            }
            try
            {
                touched += await GeneratePluginAsync(plugin, current, today, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A plugin's fault must not take the core's pages down: the others go on, and this one is tried again next time.
                logger.LogError(ex, "Generating obligations of {Plugin} failed in {Jurisdiction}", plugin.Id, jurisdiction.Required.Code);
            }
        }
        return touched;
    }

    private async Task<int> GeneratePluginAsync(PluginDescriptor plugin, int switchVersion, DateOnly today, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = 0;
        foreach (var provider in Providers(plugin))
        {
            var span = await provider.SpanAsync(jurisdiction.Required, ct);
            var (from, to) = span is { } s ? (s.From, s.To) : (today.AddDays(-WindowDays), today.AddDays(WindowDays));
            rows += await UpsertAsync(plugin.Id, provider, from, to, ct);
            if (span is not null) rows += await store.RemoveOutsideAsync(plugin.Id, provider.Types.Select(t => t.Key).ToList(), from, to, ct);
        }
        await generations.MarkAsync(plugin.Id, switchVersion, today, rows, ct);
        logger.LogInformation("Generated obligations of {Plugin} in {Jurisdiction}: {Rows} rows touched in {Elapsed:F0} ms",
            plugin.Id, jurisdiction.Required.Code, rows, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return rows;
    }

    /// <summary>
    /// Plugins whose stored obligations do not match their switch: on (with the switch's version) and never generated,
    /// generated for another version or — daily — not today; or off (null) with obligations still stored.
    /// </summary>
    private async Task<List<(PluginDescriptor Plugin, int? Version)>> StaleAsync(bool daily, DateOnly today, CancellationToken ct)
    {
        var generated = await generations.ReadAsync(ct);
        var stale = new List<(PluginDescriptor, int?)>();
        foreach (var plugin in WithProviders())
        {
            var pluginSwitch = await directory.FindSwitchAsync(jurisdiction.Required.Id, plugin.Id, ct);
            var last = generated.GetValueOrDefault(plugin.Id);
            if (pluginSwitch is { Enabled: true } on)
            {
                if (last is null || last.SwitchVersion != on.Version || (daily && last.On != today)) stale.Add((plugin, on.Version));
            }
            else if (last is not null) stale.Add((plugin, null));
        }
        return stale;
    }

    private IEnumerable<PluginDescriptor> WithProviders() => registry.Loaded.Where(p => p.Contributions.ObligationProviders.Count > 0);

    private IEnumerable<IObligationProvider> Providers(PluginDescriptor plugin) =>
        plugin.Contributions.ObligationProviders.Select(type => (IObligationProvider)services.GetRequiredService(type));

    private async Task<int> UpsertAsync(string pluginId, IObligationProvider provider, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var touched = 0;
        var rows = new List<ObligationRow>();
        await foreach (var due in provider.GetDueAsync(jurisdiction.Required, from, to, ct))
        {
            long organization;
            if (due.Kind == ObligedKind.Organization) organization = due.ObligedId;
            else if ((_organizationOf ??= await assignees.OrganizationsOfPeopleAsync(ct)).TryGetValue(due.ObligedId, out var o)) organization = o;
            else continue; // not (or no longer) on the roster
            rows.Add(new ObligationRow(pluginId, null, due.TypeKey, due.Kind, due.ObligedId, organization, due.PeriodStart, due.DueOn, due.MetAt, due.RecordRef));
            if (rows.Count == 10_000) { touched += await store.UpsertAsync(rows, ct); rows.Clear(); }
        }
        return touched + await store.UpsertAsync(rows, ct);
    }
}
