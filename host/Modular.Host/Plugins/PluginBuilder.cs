using Modular.Audit;
using Modular.Sdk;
using Modular.Sdk.Data;
using Modular.Sdk.Demo;
using Modular.Sdk.Manifest;
using Modular.Sdk.Navigation;
using Modular.Sdk.Scheduling;

namespace Modular.Host.Plugins;

/// <summary>
/// The host's side of <see cref="IPluginBuilder"/>. A plugin registers into a scratch service
/// collection that is copied into the host's only if its startup finishes, so a plugin that throws
/// halfway leaves nothing behind.
/// </summary>
internal sealed class PluginBuilder(PluginDescriptor plugin, IConfiguration configuration) : IPluginBuilder
{
    public PluginManifest Manifest => plugin.Manifest!;
    public IServiceCollection Services { get; } = new ServiceCollection();
    public IConfiguration Configuration => configuration;

    public IPluginBuilder AddDbContext<TContext>() where TContext : PluginDbContext
    {
        // The same registration as the core modules' contexts: pooled, audited, bound to the jurisdiction; in the manifest's schema.
        if (Manifest.Schema is null)
            throw new PluginLoadException($"{typeof(TContext).Name} needs a schema for its tables: add \"schema\" (e.g. \"{Manifest.Id.Replace('-', '_')}\") to plugin.json.");
        Services.AddTenantDbContext<TContext>(Manifest.Schema);
        plugin.Contributions.DbContexts.Add(typeof(TContext));
        return this;
    }

    public IPluginBuilder AddMenuEntry(MenuEntry entry)
    {
        plugin.Contributions.MenuEntries.Add(entry);
        return this;
    }

    public IPluginBuilder AddDashboardWidget(DashboardWidget widget)
    {
        if (!typeof(Microsoft.AspNetCore.Mvc.ViewComponent).IsAssignableFrom(widget.ViewComponent))
            throw new ArgumentException($"Widget {widget.Id}: {widget.ViewComponent.Name} is not a ViewComponent.");
        plugin.Contributions.Widgets.Add(widget);
        return this;
    }

    public IPluginBuilder AddScheduledJob<TJob>(JobSchedule schedule) where TJob : class, IScheduledJob
    {
        Services.AddScoped<TJob>();
        plugin.Contributions.Jobs.Add((typeof(TJob), schedule));
        return this;
    }

    public IPluginBuilder AddObligationProvider<TProvider>() where TProvider : class, IObligationProvider
    {
        Services.AddScoped<TProvider>();
        plugin.Contributions.ObligationProviders.Add(typeof(TProvider));
        return this;
    }

    public IPluginBuilder AddEventHandler<TEvent, THandler>() where THandler : class, Modular.Sdk.Core.IIntegrationEventHandler<TEvent>
    {
        Services.AddScoped<THandler>();
        plugin.Contributions.EventHandlers.Add((typeof(TEvent), typeof(THandler)));
        return this;
    }

    public IPluginBuilder AddLedger<TSource>(Modular.Sdk.Blocks.LedgerEntry entry) where TSource : class, Modular.Sdk.Blocks.ILedgerSource
    {
        if (entry.Source != typeof(TSource)) throw new ArgumentException($"Ledger {entry.Key}: the entry names {entry.Source?.Name}, not {typeof(TSource).Name}.");
        Services.AddScoped<TSource>();
        return AddLedgerEntry(entry);
    }

    public IPluginBuilder AddLedger(Modular.Sdk.Blocks.LedgerEntry entry)
    {
        if (entry.Build is null || entry.Source is not null) throw new ArgumentException($"Ledger {entry.Key}: give either a source type or a build call.");
        return AddLedgerEntry(entry);
    }

    private PluginBuilder AddLedgerEntry(Modular.Sdk.Blocks.LedgerEntry entry)
    {
        if (!LedgerKeys.IsValid(entry.Key)) throw new ArgumentException($"Ledger key \"{entry.Key}\" must be lower-case letters, digits and dashes.");
        if (plugin.Contributions.Ledgers.Any(l => l.Key == entry.Key)) throw new InvalidOperationException($"Plugin {plugin.Id} registers ledger \"{entry.Key}\" twice.");
        plugin.Contributions.Ledgers.Add(entry);
        return this;
    }

    public IPluginBuilder AddDemoData<TDemo>() where TDemo : class, IDemoContribution
    {
        if (plugin.Contributions.Demo is not null)
            throw new InvalidOperationException($"Plugin {plugin.Id} registers demo data twice ({plugin.Contributions.Demo.Name}, {typeof(TDemo).Name}).");
        Services.AddScoped<TDemo>();
        plugin.Contributions.Demo = typeof(TDemo);
        return this;
    }
}
