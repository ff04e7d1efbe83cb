using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.InstituteBranchPlan.LeadingGroup;

/// <summary>组长 (leads), 副组长 (deputy), 成员 (member) of a branch's leading group.</summary>
public enum GroupRole { Leader, Deputy, Member }

/// <summary>A branch's leading group as last saved: who saved it and when, and its version (a stale save is a conflict).</summary>
public sealed class LeadingGroupRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public int Version { get; set; }
    public string? SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public List<LeadingGroupSeat> Seats { get; set; } = [];
}

/// <summary>One person's place in the group.</summary>
public sealed class LeadingGroupSeat : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public long PersonId { get; set; }
    public GroupRole Role { get; set; }
}

/// <summary>Tables <c>leading_groups</c> and <c>leading_group_seats</c> (Migrations/0001).</summary>
public sealed class LeadingGroupConfiguration : IEntityTypeConfiguration<LeadingGroupRecord>, IEntityTypeConfiguration<LeadingGroupSeat>
{
    public void Configure(EntityTypeBuilder<LeadingGroupRecord> e)
    {
        e.ToTable("leading_groups");
        e.HasKey(g => new { g.JurisdictionId, g.OrganizationId });
        e.Property(g => g.Version).IsConcurrencyToken();
        e.HasMany(g => g.Seats).WithOne().HasForeignKey(s => new { s.JurisdictionId, s.OrganizationId }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LeadingGroupSeat> e)
    {
        e.ToTable("leading_group_seats");
        e.HasKey(s => new { s.JurisdictionId, s.OrganizationId, s.PersonId });
        e.Property(s => s.Role).HasConversion<string>();
    }
}
