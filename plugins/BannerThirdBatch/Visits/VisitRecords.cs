using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Visits;

/// <summary>A visit to a unit, by one of its guidance groups (<see cref="GroupId"/>) or by a leading-group member to their liaison point.</summary>
public sealed class GuidanceVisit : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long UnitId { get; set; }
    public long? GroupId { get; set; }
    public long? LiaisonPersonId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public string Findings { get; set; } = "";
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Where a follow-up (kept in the SDK's rectifications) came from: a visit, or a gap found in a unit's checklist.</summary>
public sealed class FollowUp : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long RectificationId { get; set; }
    public long UnitId { get; set; }
    public long? VisitId { get; set; }
    public string? ChecklistItem { get; set; }
}

/// <summary>Tables <c>guidance_visits</c> and <c>follow_ups</c> (Migrations/0002).</summary>
public sealed class VisitConfiguration : IEntityTypeConfiguration<GuidanceVisit>, IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<GuidanceVisit> e)
    {
        e.ToTable("guidance_visits");
        e.HasKey(v => new { v.JurisdictionId, v.Id });
        e.Property(v => v.Id).UseIdentityByDefaultColumn();
    }

    public void Configure(EntityTypeBuilder<FollowUp> e)
    {
        e.ToTable("follow_ups");
        e.HasKey(f => new { f.JurisdictionId, f.RectificationId });
    }
}
