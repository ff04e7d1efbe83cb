using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.Mechanisms;

/// <summary>A mechanism the campaign set up or revised.</summary>
public sealed class Mechanism : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public MechanismChange Change { get; set; }
    public MechanismArea Area { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public string Summary { get; set; } = "";
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>mechanisms</c> (Migrations/0004).</summary>
public sealed class MechanismConfiguration : IEntityTypeConfiguration<Mechanism>
{
    public void Configure(EntityTypeBuilder<Mechanism> e)
    {
        e.ToTable("mechanisms");
        e.HasKey(m => new { m.JurisdictionId, m.Id });
        e.Property(m => m.Id).UseIdentityByDefaultColumn();
        e.Property(m => m.Change).HasConversion<string>();
        e.Property(m => m.Area).HasConversion<string>();
        e.Property(m => m.Version).IsConcurrencyToken();
    }
}
