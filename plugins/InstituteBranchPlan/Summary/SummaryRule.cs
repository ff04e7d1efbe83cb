namespace Modular.Plugins.InstituteBranchPlan.Summary;

/// <summary>
/// 三(三) 年度总结: “对开展创先争优活动进行系统总结，认真总结经验、查找不足，进一步研究制定改进措施。全体党员要对个人参与活动情况和
/// 个人打算（承诺）履行情况进行总结。” The branch's summary has three parts (experience, shortcomings, measures) and is drafted,
/// revised and finalized; every member reports in two parts (their part in the campaign, how their pledge was kept). Both
/// are due by the year's summary day. Pure: how the parts make one text and back, what a text lacks, its state.
/// </summary>
public static class SummaryRule
{
    public static readonly BlockKind BranchSummary = new(InstituteBranchPlanStartup.PluginId, "branch-summary");
    public static readonly BlockKind MemberReport = new(InstituteBranchPlanStartup.PluginId, "member-report");

    /// <summary>The branch summary's parts, as the document names them: 总结经验、查找不足、改进措施.</summary>
    public static readonly IReadOnlyList<(string Key, LocalizedText Heading)> BranchParts =
        [("experience", new("一、主要经验", "1. What worked")), ("shortcomings", new("二、存在不足", "2. Shortcomings")), ("measures", new("三、改进措施", "3. Measures to improve"))];

    /// <summary>A member's report: 个人参与活动情况、个人打算（承诺）履行情况.</summary>
    public static readonly IReadOnlyList<(string Key, LocalizedText Heading)> MemberParts =
        [("participation", new("一、参与活动情况", "1. My part in the campaign")), ("pledge", new("二、个人打算（承诺）履行情况", "2. How my pledge was kept"))];

    /// <summary>The parts under their Chinese headings, one text (the ledger and the archive read it whole).</summary>
    public static string Compose(IReadOnlyList<(string Key, LocalizedText Heading)> parts, IReadOnlyDictionary<string, string?> values) =>
        string.Join("\n\n", parts.Select(p => $"{p.Heading.ZhCn}\n{values.GetValueOrDefault(p.Key)?.Trim()}"));

    /// <summary>The parts of a composed text back (a part missing reads empty).</summary>
    public static Dictionary<string, string> Parse(IReadOnlyList<(string Key, LocalizedText Heading)> parts, string? body)
    {
        var values = parts.ToDictionary(p => p.Key, _ => "");
        if (string.IsNullOrEmpty(body)) return values;
        for (var i = 0; i < parts.Count; i++)
        {
            var start = body.IndexOf(parts[i].Heading.ZhCn + "\n", StringComparison.Ordinal);
            if (start < 0) continue;
            start += parts[i].Heading.ZhCn.Length + 1;
            var end = i + 1 < parts.Count ? body.IndexOf("\n\n" + parts[i + 1].Heading.ZhCn, start, StringComparison.Ordinal) : -1;
            values[parts[i].Key] = (end < 0 ? body[start..] : body[start..end]).Trim();
        }
        return values;
    }

    /// <summary>Each part is required: the error names the part's field.</summary>
    public static Dictionary<string, string[]> Problems(IReadOnlyList<(string Key, LocalizedText Heading)> parts, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, heading) in parts)
        {
            var value = values.GetValueOrDefault(key);
            if (string.IsNullOrWhiteSpace(value)) errors[key] = [Text.Of($"请填写“{heading.ZhCn[2..]}”。", $"Write “{heading.En[3..]}”.")];
            else if (Limits.TooLong(value.Trim(), Limits.Note) is { } tooLong) errors[key] = [tooLong];
        }
        return errors;
    }

    public static DueState StateOf(InstituteRules rules, DateOnly? handedInOn, DateOnly today) => DueStates.Of(rules.SummaryDue, handedInOn, today);
}
