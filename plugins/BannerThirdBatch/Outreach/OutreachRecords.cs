using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Outreach;

/// <summary>
/// One contact with an outgoing member: who, when, how and what was conveyed. The unit is not stored: it is the member's unit
/// on today's roster, so a transfer takes the contact along.
/// </summary>
public sealed class OutreachContact : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public DateOnly ReachedOn { get; set; }
    public OutreachMethod Method { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>outreach_contacts</c> (Migrations/0001).</summary>
public sealed class OutreachContactConfiguration : IEntityTypeConfiguration<OutreachContact>
{
    public void Configure(EntityTypeBuilder<OutreachContact> e)
    {
        e.ToTable("outreach_contacts");
        e.HasKey(c => new { c.JurisdictionId, c.Id });
        e.Property(c => c.Id).UseIdentityByDefaultColumn();
        e.Property(c => c.Method).HasConversion<string>();
        e.Property(c => c.Version).IsConcurrencyToken();
    }
}
