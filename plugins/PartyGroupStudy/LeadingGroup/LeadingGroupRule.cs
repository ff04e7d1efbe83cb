namespace Modular.Plugins.PartyGroupStudy.LeadingGroup;

/// <summary>组长 (the county head), 副组长 (the executive deputy head), 成员 (the other members of the party group).</summary>
public enum GroupRole { Leader, Deputy, Member }

/// <summary>分管 (a unit the member is in charge of) or 联系 (a unit the member liaises with).</summary>
public enum UnitRelation { InCharge, Liaison }

/// <summary>
/// 五(一) 落实工作责任: “成立县政府党组深入学习实践科学发展观活动领导小组，由县长……任组长，常务副县长……任副组长，其他党组成员为成员……
/// 领导小组下设办公室……办公室主任由……担任。” and 一、时间和范围: “参加学习实践活动的人员为县政府党组全体成员”. The group is
/// every member of the party group: one leader, deputies, members, each once; the office has a director. Until the group
/// is recorded, the roster proposes it: the party group's secretary (the county head) leads, its deputy secretary (the
/// executive deputy head) deputizes, everyone else is a member. Pure.
/// </summary>
public static class LeadingGroupRule
{
    /// <summary>The group the document describes, from the party group's roster and officers.</summary>
    public static IReadOnlyList<(long PersonId, GroupRole Role)> Proposed(IEnumerable<long> people, IEnumerable<OfficerInfo> officers)
    {
        var posts = officers.GroupBy(o => o.PersonId).ToDictionary(g => g.Key, g => g.Select(o => o.Post).ToHashSet());
        GroupRole RoleOf(long person) => posts.TryGetValue(person, out var p) && p.Contains(OfficerPost.Secretary) ? GroupRole.Leader
            : posts.TryGetValue(person, out var q) && q.Contains(OfficerPost.DeputySecretary) ? GroupRole.Deputy
            : GroupRole.Member;
        return [.. people.Distinct().Select(p => (p, RoleOf(p))).OrderBy(s => s.Item2)];
    }

    /// <summary>What is wrong with a group, by field, or nothing: exactly one leader; everyone once; everyone of the party group; a director.</summary>
    public static Dictionary<string, string[]> Problems(long? leaderId, IReadOnlyList<long> deputyIds, IReadOnlyList<long> memberIds,
        ISet<long> groupPeople, string? directorName)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (leaderId is null) errors["leaderId"] = [Text.Of("请选择组长（县长）。", "Choose the leader (the county head).")];
        var everyone = (leaderId is { } l ? new[] { l } : []).Concat(deputyIds).Concat(memberIds).ToList();
        if (everyone.Count != everyone.Distinct().Count())
            errors["deputyIds"] = [Text.Of("同一人只能在领导小组中担任一个职务。", "A person holds one place in the group.")];
        var strangers = everyone.Where(p => !groupPeople.Contains(p)).ToList();
        if (strangers.Count > 0)
            errors["memberIds"] = [Text.Of($"不是党组成员：{string.Join("、", strangers)}。", $"Not members of the party group: {string.Join(", ", strangers)}.")];
        if (string.IsNullOrWhiteSpace(directorName))
            errors["directorName"] = [Text.Of("请填写领导小组办公室主任。", "Name the director of the group's office.")];
        return errors;
    }

    public static LocalizedText RoleName(GroupRole role) => role switch
    {
        GroupRole.Leader => new("组长", "Leader"),
        GroupRole.Deputy => new("副组长", "Deputy leader"),
        _ => new("成员", "Member"),
    };

    public static LocalizedText RelationName(UnitRelation relation) =>
        relation == UnitRelation.InCharge ? new("分管", "In charge") : new("联系", "Liaison");
}
