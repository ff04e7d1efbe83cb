using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Sdk.Data;

/// <summary>
/// The schema a plugin's DbContext keeps its tables in, handed to it through its options: the host takes it from the
/// plugin's manifest (<c>"schema"</c> in plugin.json), where it also checks that no other plugin or core module uses it
/// and runs the plugin's migrations in it. One name, written once.
/// </summary>
public static class PluginSchema
{
    /// <summary>Gives the contexts built with these options their schema (the host does this for every plugin).</summary>
    public static DbContextOptionsBuilder UsePluginSchema(this DbContextOptionsBuilder options, string schema)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new SchemaExtension(schema));
        return options;
    }

    internal static string? Of(DbContextOptions options) => options.FindExtension<SchemaExtension>()?.Schema;

    private sealed class SchemaExtension(string schema) : IDbContextOptionsExtension
    {
        public string Schema { get; } = schema;
        public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);
        public void ApplyServices(IServiceCollection services) { } // a name for the model, no services
        public void Validate(IDbContextOptions options) { }

        private sealed class ExtensionInfo(SchemaExtension extension) : DbContextOptionsExtensionInfo(extension)
        {
            public override bool IsDatabaseProvider => false;
            public override string LogFragment => $"PluginSchema={extension.Schema} ";
            public override int GetServiceProviderHashCode() => 0;
            public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;
            public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Modular:PluginSchema"] = extension.Schema;
        }
    }
}
