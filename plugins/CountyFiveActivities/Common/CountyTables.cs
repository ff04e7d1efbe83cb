using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>The two shapes of the plugin's tables, for the items' <c>…Model.Configure</c>; every key leads with the jurisdiction.</summary>
internal static class CountyTables
{
    /// <summary>One row per organization, saved with its version (a stale one is refused): keyed by jurisdiction and organization.</summary>
    public static EntityTypeBuilder<T> OnePerOrganization<T>(this EntityTypeBuilder<T> e, string table) where T : class, IJurisdictionScoped, IVersioned
    {
        e.ToTable(table);
        e.HasKey(nameof(IJurisdictionScoped.JurisdictionId), "OrganizationId");
        e.Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        return e;
    }

    /// <summary>Rows numbered by the database: keyed by jurisdiction and the generated id.</summary>
    public static EntityTypeBuilder<T> Numbered<T>(this EntityTypeBuilder<T> e, string table) where T : class, IJurisdictionScoped
    {
        e.ToTable(table);
        e.HasKey(nameof(IJurisdictionScoped.JurisdictionId), "Id");
        e.Property("Id").ValueGeneratedOnAdd();
        return e;
    }
}
