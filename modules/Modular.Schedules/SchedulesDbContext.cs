using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Schedules;

public sealed class SchedulesDbContext(DbContextOptions<SchedulesDbContext> options) : PluginDbContext(options)
{
    public const string SchemaName = "schedules";
    public override string Schema => SchemaName;

    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<Obligation> Obligations => Set<Obligation>();
    public DbSet<ScheduledEvent> Events => Set<ScheduledEvent>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<CalendarToken> CalendarTokens => Set<CalendarToken>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<Campaign>(e =>
        {
            e.ToTable("campaigns");
            e.HasKey(c => new { c.JurisdictionId, c.Id });
            e.Property(c => c.Id).UseIdentityByDefaultColumn();
            e.Property(c => c.Settings).HasColumnType("jsonb");
            e.Property(c => c.StartsOn).HasColumnName("starts_on");
            e.Property(c => c.EndsOn).HasColumnName("ends_on");
            e.Ignore(c => c.CreatedAt);
        });
        b.Entity<Stage>(e =>
        {
            e.ToTable("stages");
            e.HasKey(s => new { s.JurisdictionId, s.Id });
            e.Property(s => s.Id).UseIdentityByDefaultColumn();
        });
        b.Entity<Milestone>(e =>
        {
            e.ToTable("milestones");
            e.HasKey(m => new { m.JurisdictionId, m.CampaignId, m.Key });
        });
        b.Entity<Deadline>(e =>
        {
            e.ToTable("deadlines");
            e.HasKey(d => new { d.JurisdictionId, d.Id });
            e.Property(d => d.Id).UseIdentityByDefaultColumn();
        });
        b.Entity<Obligation>(e =>
        {
            e.ToTable("obligations");
            e.HasKey(o => new { o.JurisdictionId, o.Id });
            e.Property(o => o.Id).UseIdentityByDefaultColumn();
            e.Property(o => o.RecordRef).HasColumnName("record_ref");
        });
        b.Entity<ScheduledEvent>(e =>
        {
            e.ToTable("events");
            e.HasKey(v => new { v.JurisdictionId, v.Id });
            e.Property(v => v.Id).UseIdentityByDefaultColumn();
            e.Property(v => v.Hours).HasPrecision(6, 2);
            e.Property(v => v.Details).HasColumnType("jsonb").HasConversion(
                d => System.Text.Json.JsonSerializer.Serialize(d, (System.Text.Json.JsonSerializerOptions?)null),
                t => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(t, (System.Text.Json.JsonSerializerOptions?)null) ?? new(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(), d => d.Count, d => new(d)));
            e.Property(v => v.Version).IsConcurrencyToken();
            e.HasMany(v => v.Attendance).WithOne().HasForeignKey(a => new { a.JurisdictionId, a.EventId }).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Attendance>(e =>
        {
            e.ToTable("attendance");
            e.HasKey(a => new { a.JurisdictionId, a.EventId, a.PersonId });
            e.Property(a => a.Hours).HasPrecision(6, 2);
        });
        b.Entity<CalendarToken>(e =>
        {
            e.ToTable("calendar_tokens");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).UseIdentityByDefaultColumn();
            e.Property(t => t.CreatedAt).ValueGeneratedOnAdd();
        });
    }
}
