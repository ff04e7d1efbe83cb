namespace Modular.Plugins.InstituteBranchPlan.Suggestions;

/// <summary>
/// 三(一)三: “开展‘我为组织建一言’活动，每名党员为党组织至少提一条合理化建议，集思广益，共谋发展。” Every member gives their
/// branch at least the set number of suggestions in the campaign year; the branch answers each one. Pure.
/// </summary>
public static class SuggestionRule
{
    public static readonly BlockKind Kind = new(InstituteBranchPlanStartup.PluginId, "suggestion");

    /// <summary>Whether a member has given enough.</summary>
    public static bool Met(InstituteRules rules, int given) => given >= rules.MinSuggestions;
}
