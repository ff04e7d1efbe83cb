namespace Modular.Plugins.PartyGroupStudy.PersonalReports;

/// <summary>四(二)2 征求意见: where an opinion came from — “广泛征求基层和群众意见”.</summary>
public enum OpinionSource { Grassroots, Public }

/// <summary>
/// 四(二)1 分析总结: “做到‘四对照、四查摆’……要紧密联系实际，针对查找出的突出问题，深入分析原因，总结经验教训，提出解决问题的思路办法，
/// 形成个人分析检查报告。” Each member's report in five parts, every one required: the four comparisons, and — read as a
/// fifth part, since the document asks it of the same report — the causes with the ways to solve the problems. Pure.
/// </summary>
public static class PersonalReportRule
{
    public static readonly BlockKind Kind = new(PartyGroupStudyStartup.PluginId, "personal-analysis-report");

    public static readonly IReadOnlyList<(string Key, LocalizedText Heading)> Parts =
    [
        ("essence", new("一、对照科学发展观的本质要求，查摆在运用科学发展观武装头脑、指导实践、推动工作方面存在的问题",
            "1. Against the essence of the scientific outlook: problems in arming the mind with it, guiding practice and driving work")),
        ("situation", new("二、对照当前经济社会发展的新形势，查摆发展理念、发展思路、发展战略、体制机制和工作举措是否符合科学发展观的要求",
            "2. Against the new economic and social situation: whether the ideas, approach, strategy, mechanisms and measures fit the outlook")),
        ("practice", new("三、对照思想和工作实际，查摆自身在推动科学发展、赶超发展中存在的差距",
            "3. Against one's own thinking and work: the gaps in driving scientific development and catching up")),
        ("expectations", new("四、对照人民群众的新期待，查摆事关人民群众根本利益的突出问题是否得到及时有效解决",
            "4. Against the people's new expectations: whether the pressing problems of their basic interests were solved in time")),
        ("causes", new("五、原因分析、经验教训和解决问题的思路办法",
            "5. The causes, the lessons and the ways to solve the problems")),
    ];

    /// <summary>The report of the campaign's year is the one whose title starts with the year (“2009 王强个人分析检查报告”).</summary>
    public static string Title(PartyGroupRules rules, string member) => $"{rules.PeriodKey} {member}个人分析检查报告";

    /// <summary>
    /// “专题民主生活会召开前……广泛征求基层和群众意见”: an opinion received within the campaign, not after today, with its text;
    /// who gave it may be left out (anonymous).
    /// </summary>
    public static Dictionary<string, string[]> OpinionProblems(PartyGroupRules rules, OpinionSource? source, DateOnly? receivedOn, DateOnly today, string? text)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (source is null || !Enum.IsDefined(source.Value)) errors["source"] = [Text.Of("请选择意见来自基层还是群众。", "Choose whether it came from the grassroots or the public.")];
        if (receivedOn is not { } day) errors["receivedOn"] = [Text.Of("请填写收到意见的日期。", "Give the day it was received.")];
        else if (!rules.InCampaign(day))
            errors["receivedOn"] = [Text.Of($"日期应在活动期间（{rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd}）。", $"The day falls within the campaign ({rules.Start:yyyy-MM-dd} to {rules.End:yyyy-MM-dd}).")];
        else if (day > today) errors["receivedOn"] = [Text.Of("日期不能晚于今天。", "The day cannot be after today.")];
        if (string.IsNullOrWhiteSpace(text)) errors["text"] = [Text.Of("请填写意见内容。", "Write the opinion.")];
        return errors;
    }

    /// <summary>The opinions are due before the life meeting: its day once recorded, else stage 2's last day.</summary>
    public static DateOnly OpinionsDue(PartyGroupRules rules, DateOnly? meetingOn) => meetingOn ?? rules.Analysis.End;

    public static LocalizedText SourceName(OpinionSource source) => source switch
    {
        OpinionSource.Grassroots => new("基层", "Grassroots"),
        _ => new("群众", "The public"),
    };
}
