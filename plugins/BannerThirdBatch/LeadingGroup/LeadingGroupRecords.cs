namespace Modular.Plugins.BannerThirdBatch.LeadingGroup;

/// <summary>One member of the leading group as saved: their place and their liaison point (联系点), a sumu/town.</summary>
public sealed record LeadingGroupMember(long PersonId, GroupRole Role, long? LiaisonTownId);

/// <summary>
/// Where the group is kept: the SDK's leading-bodies block (<see cref="ILeadingBodies"/>) under this kind, one
/// <see cref="LeadingBodyType.LeadingGroup"/> at the banner's own (root) organization; a member's liaison point is the
/// seat's liaison organization (the sumu/town's organization id). Migration 0006 moved the plugin's own
/// <c>leading_groups</c>/<c>leading_group_members</c> there and dropped them.
/// </summary>
public static class LeadingGroupRecords
{
    public static readonly BlockKind Kind = new(BannerThirdBatchStartup.PluginId, "leading-group");

    public static LeadingBodySeat ToBlock(MemberInput member) => new(member.PersonId, member.Role switch
    {
        GroupRole.Leader => LeadingBodyRole.Leader,
        GroupRole.Deputy => LeadingBodyRole.Deputy,
        _ => LeadingBodyRole.Member,
    }, LiaisonOrganizationId: member.LiaisonTownId);

    /// <summary>The seat as the plugin reads it (every seat of this group is a roster person).</summary>
    public static LeadingGroupMember FromBlock(LeadingBodySeat seat) => new(seat.PersonId!.Value, seat.Role switch
    {
        LeadingBodyRole.Leader => GroupRole.Leader,
        LeadingBodyRole.Deputy => GroupRole.Deputy,
        _ => GroupRole.Member,
    }, seat.LiaisonOrganizationId);
}
