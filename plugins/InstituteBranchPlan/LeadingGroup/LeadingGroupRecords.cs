namespace Modular.Plugins.InstituteBranchPlan.LeadingGroup;

/// <summary>组长 (leads), 副组长 (deputy), 成员 (member) of a branch's leading group.</summary>
public enum GroupRole { Leader, Deputy, Member }

/// <summary>
/// Where a branch's group is kept: the SDK's leading-bodies block (<see cref="ILeadingBodies"/>), one
/// <see cref="LeadingBodyType.LeadingGroup"/> per branch under this kind. Migration 0006 moved the plugin's own
/// <c>leading_groups</c>/<c>leading_group_seats</c> there and dropped them.
/// </summary>
public static class LeadingGroupRecords
{
    public static readonly BlockKind Kind = new(InstituteBranchPlanStartup.PluginId, "leading-group");

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
