namespace Modular.Plugins.InstituteBranchPlan.PersonalPlans;

/// <summary>
/// 三(一)二: “党员同志9月14日前要提出个人打算（党员承诺目标、或岗位承诺目标），具体打算要交室在党支部一份，提出的个人打算要结合在
/// ‘讲党性、重品行、作表率、树形象’活动中查找出的突出问题，必要时进行所内公开。” Every member hands in one plan, a member pledge
/// or a post pledge, naming the problems it answers, by the due day (the 14th counts, in the jurisdiction's time zone);
/// the branch keeps it and may publish it institute-wide. Pure.
/// </summary>
public static class PersonalPlanRule
{
    public static readonly BlockKind Kind = new(InstituteBranchPlanStartup.PluginId, "personal-plan");

    /// <summary>The plan's state for a member: handed in by the due day, after it, not yet (due day not passed), or missing.</summary>
    public static DueState StateOf(InstituteRules rules, DateOnly? handedInOn, DateOnly today) => DueStates.Of(rules.PersonalPlansDue, handedInOn, today);

    /// <summary>What a plan lacks, by field: its text, and at least one problem it answers.</summary>
    public static Dictionary<string, string[]> Problems(string? text, IReadOnlyList<string> problems)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text)) errors["text"] = [Text.Of("请填写个人打算（承诺目标）。", "Write the plan (what you pledge).")];
        if (problems.Count == 0)
            errors["problems"] = [Text.Of("请写明个人打算针对的突出问题（“讲党性、重品行、作表率、树形象”活动中查找出的问题），每行一条。",
                "Name the problems the plan answers (those found in the party-spirit activity), one a line.")];
        return errors;
    }

    /// <summary>The lines of a text box, each trimmed, blank ones dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public static LocalizedText KindName(PledgeKind kind) => kind == PledgeKind.Post ? new("岗位承诺目标", "Post pledge") : new("党员承诺目标", "Member pledge");
}
