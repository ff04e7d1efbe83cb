using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

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
            e.Property(j => j.CreatedAt).ValueGeneratedOnAdd();
        });
        modelBuilder.Entity<PluginSwitch>(e =>
        {
            e.ToTable("plugin_switches");
            e.HasKey(s => new { s.JurisdictionId, s.PluginId });
            e.Property(s => s.SettingsJson).HasColumnName("settings").HasColumnType("jsonb");
            e.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.UseSnakeCaseNames();
    }
}
