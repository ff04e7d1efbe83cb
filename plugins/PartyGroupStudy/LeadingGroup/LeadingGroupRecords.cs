using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.LeadingGroup;

/// <summary>
/// Where the group is kept: the SDK's leading-bodies block (<see cref="ILeadingBodies"/>) under this kind, at the party
/// group's organization — the <see cref="LeadingBodyType.LeadingGroup"/> (组长, 副组长, 成员) and the
/// <see cref="LeadingBodyType.WorkingOffice"/> (领导小组办公室) with its director as head, by name and, if on the roster,
/// by person. Migration 0005 moved the plugin's own <c>leading_groups</c>/<c>leading_group_seats</c> there and dropped
/// them; the members' units (<see cref="MemberUnit"/>) stay here, the block has no place for them.
/// </summary>
public static class LeadingGroupRecords
{
    public static readonly BlockKind Kind = new(PartyGroupStudyStartup.PluginId, "leading-group");

    public static LeadingBodyRole ToBlock(GroupRole role) => role switch
    {
        GroupRole.Leader => LeadingBodyRole.Leader,
        GroupRole.Deputy => LeadingBodyRole.Deputy,
        _ => LeadingBodyRole.Member,
    };

    public static GroupRole FromBlock(LeadingBodyRole role) => role switch
    {
        LeadingBodyRole.Leader => GroupRole.Leader,
        LeadingBodyRole.Deputy => GroupRole.Deputy,
        _ => GroupRole.Member,
    };
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

/// <summary>Table <c>member_units</c> (Migrations/0001).</summary>
public sealed class LeadingGroupConfiguration : IEntityTypeConfiguration<MemberUnit>
{
    public void Configure(EntityTypeBuilder<MemberUnit> e)
    {
        e.ToTable("member_units");
        e.HasKey(u => new { u.JurisdictionId, u.Id });
        e.Property(u => u.Id).UseIdentityByDefaultColumn();
        e.Property(u => u.Relation).HasConversion<string>();
    }
}
