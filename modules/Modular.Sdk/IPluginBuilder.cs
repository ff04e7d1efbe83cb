using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Sdk.Data;
using Modular.Sdk.Demo;
using Modular.Sdk.Manifest;
using Modular.Sdk.Navigation;
using Modular.Sdk.Scheduling;

namespace Modular.Sdk;

/// <summary>What a plugin's startup uses to plug itself into the host.</summary>
public interface IPluginBuilder
{
    PluginManifest Manifest { get; }
    IServiceCollection Services { get; }
    IConfiguration Configuration { get; }

    /// <summary>
    /// Registers the plugin's DbContext: pooled, on the host's database, in the context's own schema,
    /// with the jurisdiction filter applied. Its SQL migrations (embedded resources under
    /// <c>Migrations/</c>) run at host start.
    /// </summary>
    IPluginBuilder AddDbContext<TContext>() where TContext : PluginDbContext;

    IPluginBuilder AddMenuEntry(MenuEntry entry);
    IPluginBuilder AddDashboardWidget(DashboardWidget widget);

    /// <summary>A job the host runs for every jurisdiction that has the plugin on, once across host instances.</summary>
    IPluginBuilder AddScheduledJob<TJob>(JobSchedule schedule) where TJob : class, IScheduledJob;

    /// <summary>A source of "who owes what by when" that the host's schedules service asks per jurisdiction.</summary>
    IPluginBuilder AddObligationProvider<TProvider>() where TProvider : class, IObligationProvider;

    /// <summary>
    /// Listens for a core integration event (<see cref="Core.PersonTransferred"/>, <see cref="Core.PersonLeft"/>,
    /// <see cref="Core.OrganizationMoved"/>): <typeparamref name="THandler"/> is called after the change is committed,
    /// in the jurisdiction's scope, where the plugin is on.
    /// </summary>
    IPluginBuilder AddEventHandler<TEvent, THandler>() where THandler : class, Core.IIntegrationEventHandler<TEvent>;

    /// <summary>
    /// A ledger (台账) download the host serves and lists (<see cref="Blocks.LedgerEntry"/>): <typeparamref name="TSource"/> builds it
    /// from the parameters declared here, already checked. Keys are unique within the plugin.
    /// </summary>
    IPluginBuilder AddLedger<TSource>(string key, LocalizedText name, params Blocks.LedgerParameter[] parameters) where TSource : class, Blocks.ILedgerSource =>
        AddLedger<TSource>(new Blocks.LedgerEntry(key, name, typeof(TSource)) { Parameters = parameters });

    /// <summary>
    /// A ledger built by a call into the item's service (<c>(sp, query, ct) =&gt; sp.GetRequiredService&lt;MyService&gt;().LedgerAsync(ct)</c>),
    /// with its parameters and roles on the entry; its <see cref="Blocks.LedgerEntry.Source"/> is null.
    /// </summary>
    IPluginBuilder AddLedger(Blocks.LedgerEntry entry);

    /// <summary>
    /// A ledger built by one call into a service of the plugin:
    /// <c>plugin.AddLedger&lt;EducationService&gt;("education", name, async (s, query, ct) =&gt; Result.Ok(await s.LedgerAsync(ct)))</c>.
    /// </summary>
    IPluginBuilder AddLedger<TService>(string key, LocalizedText name,
        Func<TService, Blocks.LedgerQuery, CancellationToken, Task<Result<Blocks.LedgerDefinition>>> build, params Blocks.LedgerParameter[] parameters)
        where TService : notnull =>
        AddLedger(new Blocks.LedgerEntry(key, name, null)
        {
            Parameters = parameters,
            Build = (services, query, ct) => build(services.GetRequiredService<TService>(), query, ct),
        });

    /// <summary>A ledger with roles or other options set on its entry (<see cref="Blocks.LedgerEntry.Source"/> must be <typeparamref name="TSource"/>).</summary>
    IPluginBuilder AddLedger<TSource>(Blocks.LedgerEntry entry) where TSource : class, Blocks.ILedgerSource;

    /// <summary>The plugin's part of the first run's demo (see <see cref="IDemoContribution"/>). One per plugin.</summary>
    IPluginBuilder AddDemoData<TDemo>() where TDemo : class, IDemoContribution;
}
