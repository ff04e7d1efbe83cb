using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.PersonalReports;

/// <summary>An opinion on a member's analysis report from the grassroots or the public; <see cref="FromWhom"/> null when given anonymously.</summary>
public sealed class ReportOpinion : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public string PeriodKey { get; set; } = "";
    public long PersonId { get; set; }
    public OpinionSource Source { get; set; }
    public string? FromWhom { get; set; }
    public string Text { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>report_opinions</c> (Migrations/0003).</summary>
public sealed class ReportOpinionConfiguration : IEntityTypeConfiguration<ReportOpinion>
{
    public void Configure(EntityTypeBuilder<ReportOpinion> e)
    {
        e.ToTable("report_opinions");
        e.HasKey(o => new { o.JurisdictionId, o.Id });
        e.Property(o => o.Id).UseIdentityByDefaultColumn();
        e.Property(o => o.Source).HasConversion<string>();
        e.Property(o => o.Version).IsConcurrencyToken();
    }
}
