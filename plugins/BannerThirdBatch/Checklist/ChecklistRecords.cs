using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Checklist;

/// <summary>One of a unit's eight checklist items: what the unit reported and how it was verified (a gap carries its follow-up).</summary>
public sealed class ChecklistItem : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long UnitId { get; set; }
    public ChecklistKey Item { get; set; }
    public bool InPlace { get; set; }
    public string? Note { get; set; }
    public string? ReportedBy { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public Verdict? Verdict { get; set; }
    public string? VerdictNote { get; set; }
    public string? VerifiedBy { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    public long? FollowUpId { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>checklist_items</c> (Migrations/0002).</summary>
public sealed class ChecklistConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> e)
    {
        e.ToTable("checklist_items");
        e.HasKey(i => new { i.JurisdictionId, i.UnitId, i.Item });
        e.Property(i => i.Item).HasConversion<string>();
        e.Property(i => i.Verdict).HasConversion<string>();
        e.Property(i => i.Version).IsConcurrencyToken();
    }
}
