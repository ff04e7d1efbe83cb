namespace Modular.Plugins.InstituteBranchPlan.LeadingGroup;

/// <summary>
/// 四(一): “成立由室党支部书记……为组长，组织委员……和宣传委员……为副组长的……创先争优活动领导小组，具体组织指导活动的开展、协调、
/// 综合工作”. One leader, deputies and members from the branch's own people; until a group is recorded, the roster's
/// secretary, organization member and propaganda member are proposed as the document names them. Pure.
/// </summary>
public static class LeadingGroupRule
{
    /// <summary>The group the document describes, from the branch's officers: the secretary leads, the organization and propaganda members deputize.</summary>
    public static IReadOnlyList<(long PersonId, GroupRole Role)> Proposed(IEnumerable<OfficerInfo> officers) =>
        [.. officers.Select(o => (o.PersonId, Role: o.Post switch
            {
                OfficerPost.Secretary => GroupRole.Leader,
                OfficerPost.OrganizationMember or OfficerPost.PropagandaMember => GroupRole.Deputy,
                _ => GroupRole.Member,
            }))
            .GroupBy(s => s.PersonId).Select(g => g.MinBy(s => s.Role))
            .OrderBy(s => s.Role)];

    /// <summary>What is wrong with a group, by field, or nothing: exactly one leader; everyone once; everyone of the branch.</summary>
    public static Dictionary<string, string[]> Problems(long? leaderId, IReadOnlyList<long> deputyIds, IReadOnlyList<long> memberIds, ISet<long> branchPeople)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (leaderId is null) errors["leaderId"] = [Text.Of("请选择组长（一般为支部书记）。", "Choose the leader (usually the branch secretary).")];
        var everyone = (leaderId is { } l ? new[] { l } : []).Concat(deputyIds).Concat(memberIds).ToList();
        if (everyone.Count != everyone.Distinct().Count())
            errors["deputyIds"] = [Text.Of("同一人只能在领导小组中担任一个职务。", "A person holds one place in the group.")];
        var strangers = everyone.Where(p => !branchPeople.Contains(p)).ToList();
        if (strangers.Count > 0)
            errors["memberIds"] = [Text.Of($"不是本支部党员：{string.Join("、", strangers)}。", $"Not members of the branch: {string.Join(", ", strangers)}.")];
        return errors;
    }

    public static LocalizedText RoleName(GroupRole role) => role switch
    {
        GroupRole.Leader => new("组长", "Leader"),
        GroupRole.Deputy => new("副组长", "Deputy leader"),
        _ => new("成员", "Member"),
    };
}
