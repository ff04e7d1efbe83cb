namespace Modular.Plugins.CountyFiveActivities.Standards;

/// <summary>
/// 分类指导 (实施方案 一(四)): the organization's sector picks its theme, the criteria of that theme,
/// and what its members strive for. Sectors the document does not name (research, parks) fall under
/// “卫生、教育及其他各领域” — 创一流工作、争一流业绩.
/// </summary>
public sealed record SectorGuidance(string Key, string Theme, IReadOnlyList<string> Criteria, string MemberTheme, IReadOnlyList<string> MemberCriteria, IReadOnlyList<string> Carriers)
{
    public static SectorGuidance RuralTownship { get; } = new("township-village", "创五好，践五新",
        ["服务新农村", "带富新农民", "树立新形象", "创造新业绩", "实现新发展"],
        "争当“五个模范”", [.. FiveGoodsAndFiveModels.FiveModels.Select(m => m.Name)],
        ["领头雁工程", "农村“三级联创”", "一定三有机制", "设岗定责", "依岗承诺", "示范带富"]);

    public static SectorGuidance Community { get; } = new("community", "四有一创",
        ["党建示范社区建设", "推广农村党建工作经验", "激发社区党员活力", "创建文明和谐社区"],
        "争当“五个模范”", [.. FiveGoodsAndFiveModels.FiveModels.Select(m => m.Name)],
        ["党建示范社区"]);

    public static SectorGuidance Organs { get; } = new("organs", "创五好，塑五型",
        ["学习型", "团结型", "发展型", "服务型", "创新型"],
        "五带头、五先进",
        ["带头学政治、思想先进", "带头谋发展、行动先进", "带头争一流、业绩先进", "带头比奉献、作风先进", "带头做典范、形象先进"],
        ["公开承诺", "城乡互动", "履岗服务", "结对帮扶", "四有一好党员干部争创"]);

    public static SectorGuidance TwoNewOrganizations { get; } = new("non-public-social", "创五好，争五强",
        ["核心作用强", "引导能力强", "协调本领强", "监督职能强", "促进作用强"],
        "五个先锋",
        ["创业发展先锋", "爱岗敬业先锋", "诚信经营先锋", "促进和谐先锋", "奉献爱心先锋"],
        ["岗位示范"]);

    public static SectorGuidance FirstClass { get; } = new("first-class", "创一流工作，争一流业绩",
        ["创建先锋团队", "做好思想政治工作", "促进事业发展", "主动听取群众意见建议，接受群众监督"],
        "争做岗位标兵，争当“五个模范”", [.. FiveGoodsAndFiveModels.FiveModels.Select(m => m.Name)],
        ["先锋团队", "岗位标兵"]);

    public static IReadOnlyList<SectorGuidance> All { get; } = [RuralTownship, Community, Organs, TwoNewOrganizations, FirstClass];

    /// <summary>The guidance for a sector tag; untagged organizations take the catch-all “其他各领域”.</summary>
    public static SectorGuidance For(Sector? sector) => sector switch
    {
        Sector.Township or Sector.Village => RuralTownship,
        Sector.Community => Community,
        Sector.GovernmentOrgan => Organs,
        Sector.NonPublicEnterprise or Sector.SocialOrganization => TwoNewOrganizations,
        _ => FirstClass,
    };

    /// <summary>The sector's name in the reader's language.</summary>
    public static string SectorName(Sector? sector) => sector switch
    {
        Sector.Township => Text.Of("乡镇", "Townships"),
        Sector.Village => Text.Of("农村", "Villages"),
        Sector.Community => Text.Of("社区", "Communities"),
        Sector.GovernmentOrgan => Text.Of("机关", "Government organs"),
        Sector.NonPublicEnterprise => Text.Of("非公有制经济组织", "Non-public enterprises"),
        Sector.SocialOrganization => Text.Of("社会组织", "Social organizations"),
        Sector.Health => Text.Of("卫生", "Health"),
        Sector.Education => Text.Of("教育", "Education"),
        Sector.Research => Text.Of("科研", "Research"),
        Sector.Park => Text.Of("园区", "Parks"),
        _ => Text.Of("未分领域", "No sector"),
    };
}
