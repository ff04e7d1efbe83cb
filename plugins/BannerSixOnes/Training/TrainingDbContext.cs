using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>A training session a grassroots party committee schedules for its members (分领域分行业轮训).</summary>
public sealed class TrainingSession : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    /// <summary>The grassroots party committee (基层党委) that holds it; its subtree's members may attend.</summary>
    public long CommitteeId { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }
    public decimal Hours { get; set; }
    /// <summary>The field (领域) it is aimed at: a <see cref="Modular.Sdk.Core.Sector"/> name.</summary>
    public required string Field { get; set; }
    /// <summary>The industry (行业), free text (e.g. 畜牧业、教育系统).</summary>
    public string? Industry { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
    public List<TrainingAttendance> Attendance { get; set; } = [];
}

/// <summary>A member who attended a session.</summary>
public sealed class TrainingAttendance : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long SessionId { get; set; }
    public long PersonId { get; set; }
}

public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : PluginDbContext(options)
{
    public override string Schema => "six_ones";
    public DbSet<TrainingSession> Sessions => Set<TrainingSession>();
    public DbSet<TrainingAttendance> Attendance => Set<TrainingAttendance>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TrainingSession>(e =>
        {
            e.ToTable("training_sessions");
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.JurisdictionId, x.CommitteeId, x.HeldOn });
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Attendance).WithOne().HasForeignKey(a => new { a.JurisdictionId, a.SessionId }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TrainingAttendance>(e =>
        {
            e.ToTable("training_attendance");
            e.HasKey(x => new { x.JurisdictionId, x.SessionId, x.PersonId });
            e.HasIndex(x => new { x.JurisdictionId, x.PersonId });
        });
    }
}
