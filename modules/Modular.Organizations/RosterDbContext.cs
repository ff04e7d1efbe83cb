using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Organizations;

public sealed class RosterDbContext(DbContextOptions<RosterDbContext> options) : PluginDbContext(options)
{
    public const string SchemaName = "roster";
    public override string Schema => SchemaName;

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<Transfer> Transfers => Set<Transfer>();

    /// <summary>
    /// Raised after a write that went around <c>SaveChanges</c> (the roster import's COPY and set-based statements), so
    /// that what the request's directory and roster read before is forgotten, as <c>SavedChanges</c> makes them forget.
    /// </summary>
    internal event EventHandler? WroteAroundSaveChanges;

    internal void AnnounceWriteAroundSaveChanges() => WroteAroundSaveChanges?.Invoke(this, EventArgs.Empty);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>(e =>
        {
            e.ToTable("organizations");
            e.HasKey(o => new { o.JurisdictionId, o.Id });
            e.Property(o => o.Id).UseIdentityByDefaultColumn();
            e.Property(o => o.Kind).HasConversion<string>();
            e.Property(o => o.Sector).HasConversion<string>();
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.HasKey(p => new { p.JurisdictionId, p.Id });
            e.Property(p => p.Id).UseIdentityByDefaultColumn();
            e.Property(p => p.Category).HasConversion<string>();
            e.Property(p => p.Standing).HasConversion<string>();
            e.Property(p => p.Employment).HasConversion<string>();
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Officer>(e =>
        {
            e.ToTable("officers");
            e.HasKey(o => new { o.JurisdictionId, o.OrganizationId, o.PersonId, o.Post });
            e.Property(o => o.Post).HasConversion<string>();
        });
        modelBuilder.Entity<Transfer>(e =>
        {
            e.ToTable("transfers");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).UseIdentityByDefaultColumn();
        });
    }
}
