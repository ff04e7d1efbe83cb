using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>An organization's one party-spirit and discipline education event (一次党性、党纪教育活动).</summary>
public sealed class EducationEvent : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Topic { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }
    /// <summary>Content tags out of <see cref="EducationContents.All"/>.</summary>
    public List<string> Contents { get; set; } = [];
    public string? Summary { get; set; }
    public decimal Hours { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
    public int Version { get; set; }
    public List<EducationAttendance> Attendance { get; set; } = [];
}

/// <summary>One member expected at the event: attended, or absent with the reason given.</summary>
public sealed class EducationAttendance : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long EventId { get; set; }
    public long PersonId { get; set; }
    public bool Attended { get; set; }
    public string? AbsenceReason { get; set; }
}

public sealed class EducationDbContext(DbContextOptions<EducationDbContext> options) : PluginDbContext(options)
{
    public override string Schema => "six_ones";
    public DbSet<EducationEvent> Events => Set<EducationEvent>();
    public DbSet<EducationAttendance> Attendance => Set<EducationAttendance>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EducationEvent>(e =>
        {
            e.ToTable("education_events");
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.JurisdictionId, x.OrganizationId }).IsUnique();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Attendance).WithOne().HasForeignKey(a => new { a.JurisdictionId, a.EventId }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EducationAttendance>(e =>
        {
            e.ToTable("education_attendance");
            e.HasKey(x => new { x.JurisdictionId, x.EventId, x.PersonId });
        });
    }
}
