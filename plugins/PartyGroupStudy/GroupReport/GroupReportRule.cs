namespace Modular.Plugins.PartyGroupStudy.GroupReport;

/// <summary>四(二)4: “组织乡(镇)政府主要领导、县政府组成部门主要负责人和部分基层群众代表” — the three groups the evaluation codes go to.</summary>
public enum EvaluatorGroup { TownHeads, DepartmentHeads, Grassroots }

/// <summary>
/// 四(二)3–4 党组分析检查报告: “简明客观地总结成绩，公正全面地查找问题，深刻诚恳地分析原因，确定贯彻落实科学发展观的主要思路和政府党组
/// 自身建设的具体措施……初稿形成后，经全体党组成员充分讨论后，反复修改完善。” Then the public evaluation “着重从对科学发展观的认识深不深、查找的
/// 问题准不准、原因分析透不透、发展思路清不清、工作措施可行不可行等方面”, the revision after it, and “报县委学习实践科学发展观领导小组”:
/// the final report submitted to the parent jurisdiction by stage 2's end. Pure.
/// </summary>
public static class GroupReportRule
{
    public static readonly BlockKind Kind = new(PartyGroupStudyStartup.PluginId, "group-analysis-report");
    public static readonly BlockKind EvaluationKind = new(PartyGroupStudyStartup.PluginId, "group-report-evaluation");

    public static readonly IReadOnlyList<(string Key, LocalizedText Heading)> Parts =
    [
        ("achievements", new("一、总结成绩", "1. The achievements")),
        ("problems", new("二、查找问题", "2. The problems found")),
        ("causes", new("三、分析原因", "3. The causes")),
        ("measures", new("四、主要思路和具体措施", "4. The main approach and the concrete measures")),
    ];

    /// <summary>The one thing the round evaluates: the report.</summary>
    public const string Subject = "report";

    /// <summary>How each question is answered: 好、较好、一般、差 (4 to 1).</summary>
    public static readonly Scale Judgement = new("pgs-judgement",
    [
        new("good", new("好", "Good"), 4), new("fairly-good", new("较好", "Fairly good"), 3), new("average", new("一般", "Average"), 2), new("poor", new("差", "Poor"), 1),
    ]);

    /// <summary>The five questions, each required.</summary>
    public static readonly IReadOnlyList<EvaluationQuestion> Questions =
    [
        new("understanding", new("对科学发展观的认识深不深", "Is the understanding of the scientific outlook deep?"), Judgement),
        new("problems", new("查找的问题准不准", "Are the problems found accurate?"), Judgement),
        new("causes", new("原因分析透不透", "Is the analysis of causes thorough?"), Judgement),
        new("approach", new("发展思路清不清", "Is the development approach clear?"), Judgement),
        new("measures", new("工作措施可行不可行", "Are the measures feasible?"), Judgement),
    ];

    public static string Title(PartyGroupRules rules, string group) => $"{rules.PeriodKey} {group}分析检查报告";

    public static string RoundKey(PartyGroupRules rules) => $"group-report-{rules.PeriodKey}";

    public static LocalizedText GroupName(EvaluatorGroup group) => group switch
    {
        EvaluatorGroup.TownHeads => new("乡（镇）政府主要领导", "Heads of town governments"),
        EvaluatorGroup.DepartmentHeads => new("县政府组成部门主要负责人", "Heads of county departments"),
        _ => new("基层群众代表", "Grassroots representatives"),
    };
}
