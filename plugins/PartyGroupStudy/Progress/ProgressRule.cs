using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Progress;

/// <summary>
/// How many steps make one verdict (a member's stage, a member's lead): the worst of them — missed before waiting, waiting
/// before late, late before done; nothing due yet is not due. Pure.
/// </summary>
public static class ProgressRule
{
    public static DueState Worst(IEnumerable<DueState> states)
    {
        var all = states.ToList();
        if (all.Count == 0) return DueState.NotDue;
        foreach (var state in new[] { DueState.Missed, DueState.Pending, DueState.Late })
            if (all.Contains(state)) return state;
        return all.All(s => s == DueState.Done) ? DueState.Done : DueState.NotDue;
    }

    /// <summary>The one of the five leads in the document's words (三、“五带头”).</summary>
    public static LocalizedText LeadName(FiveLead lead) => lead switch
    {
        FiveLead.Study => new("带头深入学习", "Leads in study"),
        FiveLead.Research => new("带头调查研究", "Leads in research"),
        FiveLead.Emancipation => new("带头解放思想", "Leads in emancipating the mind"),
        FiveLead.Analysis => new("带头分析检查", "Leads in analysis and check"),
        _ => new("带头整改落实", "Leads in rectification"),
    };

    /// <summary>The same, short, for a table's column.</summary>
    public static LocalizedText LeadShortName(FiveLead lead) => lead switch
    {
        FiveLead.Study => new("深入学习", "Study"),
        FiveLead.Research => new("调查研究", "Research"),
        FiveLead.Emancipation => new("解放思想", "Open mind"),
        FiveLead.Analysis => new("分析检查", "Analysis"),
        _ => new("整改落实", "Rectify"),
    };

    public static LocalizedText StageName(int stage) => stage switch
    {
        1 => new("学习调研", "Study and research"),
        2 => new("分析检查", "Analysis and check"),
        _ => new("整改落实", "Rectification"),
    };
}
