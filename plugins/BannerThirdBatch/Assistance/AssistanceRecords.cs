using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Assistance;

/// <summary>
/// Help given to a struggling gacha (<see cref="UnitId"/> the gacha) or to a struggling member (<see cref="PersonId"/>, and
/// <see cref="UnitId"/> their unit when it was given); <see cref="TownId"/> the sumu/town that gives it (null: the banner).
/// </summary>
public sealed class AssistanceRecord : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long UnitId { get; set; }
    public long? TownId { get; set; }
    public long? PersonId { get; set; }
    public AssistanceKind Kind { get; set; }
    public decimal? Amount { get; set; }
    public string? Detail { get; set; }
    public DateOnly GivenOn { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>assistance</c> (Migrations/0001).</summary>
public sealed class AssistanceRecordConfiguration : IEntityTypeConfiguration<AssistanceRecord>
{
    public void Configure(EntityTypeBuilder<AssistanceRecord> e)
    {
        e.ToTable("assistance");
        e.HasKey(a => new { a.JurisdictionId, a.Id });
        e.Property(a => a.Id).UseIdentityByDefaultColumn();
        e.Property(a => a.Kind).HasConversion<string>();
        e.Property(a => a.Amount).HasPrecision(14, 2);
        e.Property(a => a.Version).IsConcurrencyToken();
    }
}
