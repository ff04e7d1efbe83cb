using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Publicity;

/// <summary>A good practice or a typical organization or member a unit reported, and the office's decision.</summary>
public sealed class PublicityReport : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long UnitId { get; set; }
    public ReportKind Kind { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The model member from the roster; <see cref="Person"/> keeps their name as reported (for reports before the roster picker, the free text).</summary>
    public long? PersonId { get; set; }
    public string? Person { get; set; }
    public string Story { get; set; } = "";
    public DateOnly ReportedOn { get; set; }
    public string? ReportedBy { get; set; }
    public PublicityState State { get; set; }
    public Channel? Channel { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? ReturnReason { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>publicity_reports</c> (Migrations/0003).</summary>
public sealed class PublicityReportConfiguration : IEntityTypeConfiguration<PublicityReport>
{
    public void Configure(EntityTypeBuilder<PublicityReport> e)
    {
        e.ToTable("publicity_reports");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).UseIdentityByDefaultColumn();
        e.Property(x => x.Kind).HasConversion<string>();
        e.Property(x => x.State).HasConversion<string>();
        e.Property(x => x.Channel).HasConversion<string>();
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}
