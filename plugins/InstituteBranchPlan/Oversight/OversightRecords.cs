using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.InstituteBranchPlan.Oversight;

/// <summary>One check of a branch (定期检查、考评): the day, what it found, who recorded it.</summary>
public sealed class OversightCheck : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public DateOnly CheckedOn { get; set; }
    public required string Findings { get; set; }
    public int Flagged { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Table <c>oversight_checks</c> (Migrations/0005).</summary>
public sealed class OversightCheckConfiguration : IEntityTypeConfiguration<OversightCheck>
{
    public void Configure(EntityTypeBuilder<OversightCheck> e)
    {
        e.ToTable("oversight_checks");
        e.HasKey(c => new { c.JurisdictionId, c.Id });
        e.Property(c => c.Id).ValueGeneratedOnAdd();
    }
}
