using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Struggling;

/// <summary>
/// A gacha's or community's mark as struggling (or, after, no longer): the kind, why, from which day, who marked it. One row per
/// unit, versioned: a save from a stale version is refused.
/// </summary>
public sealed class StrugglingMark : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long UnitId { get; set; }
    public bool Struggling { get; set; }
    public StrugglingKind Kind { get; set; }
    public string? Reason { get; set; }
    public DateOnly MarkedOn { get; set; }
    public string? MarkedBy { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>struggling_gacha</c> (Migrations/0004).</summary>
public sealed class StrugglingMarkConfiguration : IEntityTypeConfiguration<StrugglingMark>
{
    public void Configure(EntityTypeBuilder<StrugglingMark> e)
    {
        e.ToTable("struggling_gacha");
        e.HasKey(m => new { m.JurisdictionId, m.UnitId });
        e.Property(m => m.UnitId).ValueGeneratedNever();
        e.Property(m => m.Kind).HasConversion<string>();
        e.Property(m => m.Version).IsConcurrencyToken();
    }
}
