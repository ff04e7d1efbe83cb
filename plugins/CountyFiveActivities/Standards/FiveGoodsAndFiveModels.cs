namespace Modular.Plugins.CountyFiveActivities.Standards;

/// <summary>One standard of the plan: a key, its Chinese name, what the document asks (its words, as data) and the name in English.</summary>
public sealed record Standard(string Key, string Name, string Requirement, string? English = null)
{
    /// <summary>The name in the reader's language.</summary>
    public string Title => Text.Of(Name, English ?? "");
}

/// <summary>
/// 先进基层党组织“五个好” and 优秀共产党员“五个模范” (实施方案 一(三)), in the document's order.
/// The five goods are also the five scores of 晋档升级 (Grading).
/// </summary>
public static class FiveGoodsAndFiveModels
{
    public static IReadOnlyList<Standard> FiveGoods { get; } =
    [
        new("leadership", "领导班子好", "深入学习实践科学发展观，团结协作，求真务实，勤政廉洁，有较强的凝聚力、战斗力和执行力", "Good leadership"),
        new("membership", "党员队伍好", "党员素质优良，有较强的党员意识，能够充分发挥先锋模范作用", "Good membership"),
        new("mechanisms", "工作机制好", "规章制度完善，管理措施到位，工作运行有序", "Good working mechanisms"),
        new("results", "工作业绩好", "本单位各项工作成绩显著，围绕中心、服务大局的成效明显", "Good results"),
        new("opinion", "群众反映好", "基层党组织在群众中有较高威信，党员在群众中有良好形象，党群干群关系融洽", "Good public opinion"),
    ];

    public static IReadOnlyList<Standard> FiveModels { get; } =
    [
        new("study", "自觉学习的模范", "认真学习实践科学发展观，学习党的路线、方针、政策，学习新知识、新技能，不断提升党性、提高素质", "A model in study"),
        new("policy", "执行政策的模范", "积极响应党组织号召，坚决把党组织要求和各项规定落到实处，当排头，作表率", "A model in carrying out policy"),
        new("service", "服务群众的模范", "主动联系群众，积极为群众解难题、办实事，自觉维护群众正当权益", "A model in serving the people"),
        new("dedication", "爱岗敬业的模范", "在本职岗位上埋头苦干、开拓创新、无私奉献，带头争创佳绩", "A model of dedication at the post"),
        new("discipline", "遵纪守法的模范", "自觉遵守党的纪律，模范遵守国家法律法规，带头弘扬正气、维护稳定", "A model in keeping discipline and the law"),
    ];
}
