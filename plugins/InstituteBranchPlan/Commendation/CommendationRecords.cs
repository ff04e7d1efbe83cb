using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.InstituteBranchPlan.Commendation;

/// <summary>先进集体 (an organization) or 先进个人 (a member).</summary>
public enum HonorKind { Collective, Individual }

/// <summary>An honour the branch or the institute received in the year (“各类先进评比和表彰”), as recorded.</summary>
public sealed class HonorRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public int Year { get; set; }
    public HonorKind Kind { get; set; }
    public long OrganizationId { get; set; }
    /// <summary>The member honoured (先进个人); 0 for a collective.</summary>
    public long PersonId { get; set; }
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Table <c>honors</c> (Migrations/0003).</summary>
public sealed class HonorConfiguration : IEntityTypeConfiguration<HonorRecord>
{
    public void Configure(EntityTypeBuilder<HonorRecord> e)
    {
        e.ToTable("honors");
        e.HasKey(h => new { h.JurisdictionId, h.Year, h.Kind, h.OrganizationId, h.PersonId, h.Title });
        e.Property(h => h.Kind).HasConversion<string>();
    }
}
