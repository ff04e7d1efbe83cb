using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>The Chinese and English names of the roster's enumerations, as pages, files and messages show them.</summary>
internal static class Labels
{
    public static readonly IReadOnlyDictionary<OrganizationKind, LocalizedText> Kinds = new Dictionary<OrganizationKind, LocalizedText>
    {
        [OrganizationKind.PartyCommittee] = new("党委", "Party committee"),
        [OrganizationKind.GeneralBranch] = new("党总支", "General branch"),
        [OrganizationKind.Branch] = new("党支部", "Branch"),
        [OrganizationKind.PartyGroup] = new("党组", "Party group"),
        [OrganizationKind.LeadingGroup] = new("领导小组", "Leading group"),
        [OrganizationKind.LeadingGroupOffice] = new("领导小组办公室", "Leading group office"),
        [OrganizationKind.InspectionGroup] = new("指导检查组", "Guidance and inspection group"),
    };

    public static readonly IReadOnlyDictionary<Sector, LocalizedText> Sectors = new Dictionary<Sector, LocalizedText>
    {
        [Sector.Township] = new("苏木镇/乡镇", "Township"),
        [Sector.Village] = new("嘎查/农村", "Village"),
        [Sector.Community] = new("社区", "Community"),
        [Sector.GovernmentOrgan] = new("机关", "Government organ"),
        [Sector.NonPublicEnterprise] = new("非公有制经济组织", "Non-public enterprise"),
        [Sector.SocialOrganization] = new("社会组织", "Social organization"),
        [Sector.Health] = new("卫生", "Health"),
        [Sector.Education] = new("教育", "Education"),
        [Sector.Research] = new("科研", "Research"),
        [Sector.Park] = new("园区", "Park"),
    };

    public static readonly IReadOnlyDictionary<OfficerPost, LocalizedText> Posts = new Dictionary<OfficerPost, LocalizedText>
    {
        [OfficerPost.Secretary] = new("书记", "Secretary"),
        [OfficerPost.DeputySecretary] = new("副书记", "Deputy secretary"),
        [OfficerPost.OrganizationMember] = new("组织委员", "Organization member"),
        [OfficerPost.PropagandaMember] = new("宣传委员", "Propaganda member"),
        [OfficerPost.DisciplineMember] = new("纪检委员", "Discipline member"),
    };

    public static readonly IReadOnlyDictionary<MemberCategory, LocalizedText> Categories = new Dictionary<MemberCategory, LocalizedText>
    {
        [MemberCategory.Full] = new("正式党员", "Full member"),
        [MemberCategory.Probationary] = new("预备党员", "Probationary member"),
    };

    public static readonly IReadOnlyDictionary<EmploymentStatus, LocalizedText> Employments = new Dictionary<EmploymentStatus, LocalizedText>
    {
        [EmploymentStatus.Unspecified] = new("未填", "Not given"),
        [EmploymentStatus.Serving] = new("在职", "Serving"),
        [EmploymentStatus.Retired] = new("离退休", "Retired"),
        [EmploymentStatus.NotWorking] = new("无职业", "Not working"),
    };

    /// <summary>
    /// 在职状态 as roster files write it: the labels above and the words offices use for each (在岗, 退休, 离休, 待业, 学生…);
    /// an empty cell is unspecified.
    /// </summary>
    public static bool TryParseEmployment(string? text, out EmploymentStatus value)
    {
        value = EmploymentStatus.Unspecified;
        var t = text?.Trim() ?? "";
        if (t.EndsWith("党员", StringComparison.Ordinal)) t = t[..^2];
        if (t.Length == 0) return true;
        if (TryParse(Employments, t, out value)) return true;
        EmploymentStatus? synonym = t switch
        {
            "在岗" or "在职人员" or "在岗职工" or "在职在岗" => EmploymentStatus.Serving,
            "退休" or "离休" or "离退休人员" or "退休人员" or "离休人员" => EmploymentStatus.Retired,
            "无业" or "待业" or "失业" or "学生" or "无固定职业" or "其他" => EmploymentStatus.NotWorking,
            _ => null,
        };
        value = synonym ?? EmploymentStatus.Unspecified;
        return synonym is not null;
    }

    public static readonly IReadOnlyDictionary<PartyStanding, LocalizedText> Standings = new Dictionary<PartyStanding, LocalizedText>
    {
        [PartyStanding.Normal] = new("正常", "Normal"),
        [PartyStanding.Retained] = new("保留", "Retained"),
        [PartyStanding.Restored] = new("恢复", "Restored"),
        [PartyStanding.Suspended] = new("停止", "Suspended"),
        [PartyStanding.Expelled] = new("开除", "Expelled"),
    };

    public static string Of<T>(IReadOnlyDictionary<T, LocalizedText> labels, T value) where T : notnull =>
        labels.TryGetValue(value, out var text) ? text.ToString() : value.ToString() ?? "";

    /// <summary>Reads an enum from its Chinese label, its English label or its C# name (any case).</summary>
    public static bool TryParse<T>(IReadOnlyDictionary<T, LocalizedText> labels, string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        foreach (var (key, label) in labels)
        {
            if (label.ZhCn == t || string.Equals(label.En, t, StringComparison.OrdinalIgnoreCase) || string.Equals(key.ToString(), t, StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }
        return false;
    }
}
