using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.LeadingGroup;

/// <summary>The jurisdiction's leading group as last saved (one per jurisdiction): its office's director, who saved it, its version.</summary>
public sealed class LeadingGroupRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    /// <summary>办公室主任: on the roster or not (the office may be staffed from outside the party group).</summary>
    public string DirectorName { get; set; } = "";
    public long? DirectorPersonId { get; set; }
    public int Version { get; set; }
    public string? SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public List<LeadingGroupSeat> Seats { get; set; } = [];
}

/// <summary>One member of the party group's place in the leading group.</summary>
public sealed class LeadingGroupSeat : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long PersonId { get; set; }
    public GroupRole Role { get; set; }
}

/// <summary>A unit a member is in charge of or liaises with (分管和联系单位), whose campaign the member guides.</summary>
public sealed class MemberUnit : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public string Name { get; set; } = "";
    public UnitRelation Relation { get; set; }
}

/// <summary>Tables <c>leading_groups</c>, <c>leading_group_seats</c> and <c>member_units</c> (Migrations/0001).</summary>
public sealed class LeadingGroupConfiguration : IEntityTypeConfiguration<LeadingGroupRecord>, IEntityTypeConfiguration<LeadingGroupSeat>, IEntityTypeConfiguration<MemberUnit>
{
    public void Configure(EntityTypeBuilder<LeadingGroupRecord> e)
    {
        e.ToTable("leading_groups");
        e.HasKey(g => g.JurisdictionId);
        e.Property(g => g.Version).IsConcurrencyToken();
        e.HasMany(g => g.Seats).WithOne().HasForeignKey(s => s.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LeadingGroupSeat> e)
    {
        e.ToTable("leading_group_seats");
        e.HasKey(s => new { s.JurisdictionId, s.PersonId });
        e.Property(s => s.Role).HasConversion<string>();
    }

    public void Configure(EntityTypeBuilder<MemberUnit> e)
    {
        e.ToTable("member_units");
        e.HasKey(u => new { u.JurisdictionId, u.Id });
        e.Property(u => u.Id).UseIdentityByDefaultColumn();
        e.Property(u => u.Relation).HasConversion<string>();
    }
}
