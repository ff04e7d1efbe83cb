using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.Guidance;

/// <summary>A member's guidance visit to a unit they are in charge of or liaise with, and what it found.</summary>
public sealed class GuidanceVisit : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public long UnitId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public GuidanceFocus Focus { get; set; }
    public string Findings { get; set; } = "";
    public string? FollowUp { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>guidance_visits</c> (Migrations/0001).</summary>
public sealed class GuidanceVisitConfiguration : IEntityTypeConfiguration<GuidanceVisit>
{
    public void Configure(EntityTypeBuilder<GuidanceVisit> e)
    {
        e.ToTable("guidance_visits");
        e.HasKey(v => new { v.JurisdictionId, v.Id });
        e.Property(v => v.Id).UseIdentityByDefaultColumn();
        e.Property(v => v.Focus).HasConversion<string>();
        e.Property(v => v.Version).IsConcurrencyToken();
    }
}
