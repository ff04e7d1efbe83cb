using Microsoft.EntityFrameworkCore;

namespace Modular.Jurisdictions;

public sealed class JurisdictionsDbContext(DbContextOptions<JurisdictionsDbContext> options) : DbContext(options)
{
    public const string Schema = "jurisdictions";

    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<PluginSwitch> PluginSwitches => Set<PluginSwitch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Jurisdiction>(e =>
        {
            e.ToTable("jurisdictions");
            e.Property(j => j.Id).HasColumnName("id");
            e.Property(j => j.Code).HasColumnName("code");
            e.Property(j => j.Name).HasColumnName("name");
            e.Property(j => j.ParentId).HasColumnName("parent_id");
            e.Property(j => j.TimeZone).HasColumnName("time_zone");
            e.Property(j => j.Language).HasColumnName("language");
            e.Property(j => j.ArchivedAt).HasColumnName("archived_at");
            e.Property(j => j.CreatedAt).HasColumnName("created_at").ValueGeneratedOnAdd();
        });
        modelBuilder.Entity<PluginSwitch>(e =>
        {
            e.ToTable("plugin_switches");
            e.HasKey(s => new { s.JurisdictionId, s.PluginId });
            e.Property(s => s.JurisdictionId).HasColumnName("jurisdiction_id");
            e.Property(s => s.PluginId).HasColumnName("plugin_id");
            e.Property(s => s.Enabled).HasColumnName("enabled");
            e.Property(s => s.SettingsJson).HasColumnName("settings").HasColumnType("jsonb");
            e.Property(s => s.Version).HasColumnName("version").IsConcurrencyToken();
            e.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        });
    }
}
