using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Schedules;
using Modular.Sdk;
using Modular.Sdk.Scheduling;

namespace Modular.Host.Scheduling;

/// <summary>
/// Asks each plugin that is on in the current jurisdiction for its obligations over a date range
/// (<see cref="IObligationProvider"/>) and upserts them: new ones are added, changed due days are
/// stored. A person's obligation rolls up under the person's organization (from the roster).
/// </summary>
public sealed class PluginObligationSync(
    PluginRegistry registry, JurisdictionDirectory directory, IServiceProvider services, IJurisdictionContext jurisdiction,
    ObligationStore store, Assignees assignees) : IObligationSource
{
    public async Task<int> GenerateAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var j = jurisdiction.Required;
        Dictionary<long, long>? organizationOf = null;
        var touched = 0;
        foreach (var plugin in registry.Loaded.Where(p => p.Contributions.ObligationProviders.Count > 0))
        {
            if (!await directory.IsEnabledAsync(j.Id, plugin.Id, ct)) continue;
            foreach (var providerType in plugin.Contributions.ObligationProviders)
            {
                var provider = (IObligationProvider)services.GetRequiredService(providerType);
                var rows = new List<ObligationRow>();
                await foreach (var due in provider.GetDueAsync(j, from, to, ct))
                {
                    long organization;
                    if (due.Kind == ObligedKind.Organization) organization = due.ObligedId;
                    else if ((organizationOf ??= await assignees.OrganizationsOfPeopleAsync(ct)).TryGetValue(due.ObligedId, out var o)) organization = o;
                    else continue; // not (or no longer) on the roster
                    rows.Add(new ObligationRow(plugin.Id, null, due.TypeKey, due.Kind, due.ObligedId, organization, due.PeriodStart, due.DueOn, due.MetAt, due.RecordRef));
                    if (rows.Count == 10_000) { touched += await store.UpsertAsync(rows, ct); rows.Clear(); }
                }
                touched += await store.UpsertAsync(rows, ct);
            }
        }
        return touched;
    }
}
