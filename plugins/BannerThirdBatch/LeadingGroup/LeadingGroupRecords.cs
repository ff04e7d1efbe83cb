using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.LeadingGroup;

/// <summary>The banner's leading group as last saved (one per jurisdiction): who saved it and its version.</summary>
public sealed class LeadingGroupRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public int Version { get; set; }
    public string? SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public List<LeadingGroupMember> Members { get; set; } = [];
}

/// <summary>One member of the leading group: their place and their liaison point (联系点), a sumu/town.</summary>
public sealed class LeadingGroupMember : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long PersonId { get; set; }
    public GroupRole Role { get; set; }
    public long? LiaisonTownId { get; set; }
}

/// <summary>Tables <c>leading_groups</c> and <c>leading_group_members</c> (Migrations/0002).</summary>
public sealed class LeadingGroupConfiguration : IEntityTypeConfiguration<LeadingGroupRecord>, IEntityTypeConfiguration<LeadingGroupMember>
{
    public void Configure(EntityTypeBuilder<LeadingGroupRecord> e)
    {
        e.ToTable("leading_groups");
        e.HasKey(g => g.JurisdictionId);
        e.Property(g => g.Version).IsConcurrencyToken();
        e.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LeadingGroupMember> e)
    {
        e.ToTable("leading_group_members");
        e.HasKey(m => new { m.JurisdictionId, m.PersonId });
        e.Property(m => m.Role).HasConversion<string>();
    }
}
