namespace Modular.Plugins.PartyGroupStudy.Research;

/// <summary>
/// 四(一)3: “党组各成员要围绕推动科学发展确定课题，深入调研、找准问题、提出对策、破解难题，并形成专题调研报告。” Each member
/// has one topic and writes one report on it; the report counts once the office accepts it (a returned one is written
/// again); done the day it was accepted, due by stage 1's end. Pure.
/// </summary>
public static class ResearchRule
{
    /// <summary>专题调研报告: one counted text per member, reviewed one by one, filed under stage 1's first day (so a resubmission replaces it).</summary>
    public static readonly BlockKind Report = new(PartyGroupStudyStartup.PluginId, "research-report");

    public static DateOnly ReportDay(PartyGroupRules rules) => rules.Study.Start;

    public static Dictionary<string, string[]> TopicProblems(string? topic)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(topic)) errors["topic"] = [Text.Of("请填写调研课题。", "Enter the research topic.")];
        else if (Limits.TooLong(topic, Limits.Line) is { } tooLong) errors["topic"] = [tooLong];
        return errors;
    }

    /// <summary>Where a member's research stands: the topic, then the report handed in, returned, accepted.</summary>
    public static LocalizedText StageName(bool hasTopic, TextReviewState? report) => (hasTopic, report) switch
    {
        (false, _) => new("未确定课题", "No topic yet"),
        (true, null) => new("已确定课题，报告未交", "Topic chosen, no report yet"),
        (_, TextReviewState.Accepted) => new("报告已验收", "Report accepted"),
        (_, TextReviewState.Returned) => new("报告被退回，待重交", "Report returned, to be handed in again"),
        _ => new("报告待验收", "Report awaiting review"),
    };
}
