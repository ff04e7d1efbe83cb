namespace Modular.Plugins.BannerThirdBatch.LeadingGroup;

/// <summary>组长, 副组长, 成员.</summary>
public enum GroupRole { Leader, Deputy, Member }

/// <summary>One member as the form or the API sends it: the person, their place, their liaison point (a sumu/town; may be empty for now).</summary>
public sealed record MemberInput(long PersonId, GroupRole Role, long? LiaisonTownId);

/// <summary>
/// 三(二) 加强组织领导: “旗学习实践活动领导小组对全旗的学习实践活动负全责……旗学习实践活动领导小组成员要在各苏木镇建立联系点”. The group has one leader, deputies and
/// members, each person once and on the roster; each member's liaison point is a sumu/town. Pure.
/// </summary>
public static class LeadingGroupRule
{
    /// <summary>What is wrong with the group, by field; empty when it can be saved.</summary>
    public static Dictionary<string, string[]> Problems(IReadOnlyList<MemberInput> members, ISet<long> people, ISet<long> towns)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var leaders = members.Count(m => m.Role == GroupRole.Leader);
        if (leaders != 1) errors["members"] = [Text.Of("领导小组须有且只有一名组长。", "The group has exactly one leader.")];
        else if (members.Any(m => !Enum.IsDefined(m.Role))) errors["members"] = [Text.Of("职务须为组长、副组长或成员。", "A place is leader, deputy or member.")];
        else if (members.Select(m => m.PersonId).Distinct().Count() != members.Count)
            errors["members"] = [Text.Of("同一人只能在领导小组中担任一个职务。", "A person holds one place in the group.")];
        else if (members.Where(m => !people.Contains(m.PersonId)).Select(m => m.PersonId).ToList() is { Count: > 0 } strangers)
            errors["members"] = [Text.Of($"不在党员名册中：{string.Join("、", strangers)}。", $"Not on the roster: {string.Join(", ", strangers)}.")];
        if (members.Where(m => m.LiaisonTownId is { } t && !towns.Contains(t)).Select(m => m.LiaisonTownId).ToList() is { Count: > 0 } notTowns)
            errors["liaisonTownId"] = [Text.Of($"联系点须为参学的苏木镇：{string.Join("、", notTowns)}。", $"A liaison point is a participating sumu/town: {string.Join(", ", notTowns)}.")];
        return errors;
    }

    public static LocalizedText RoleName(GroupRole role) => role switch
    {
        GroupRole.Leader => new("组长", "Leader"),
        GroupRole.Deputy => new("副组长", "Deputy leader"),
        _ => new("成员", "Member"),
    };
}
