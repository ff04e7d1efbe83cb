namespace Modular.Plugins.InstituteBranchPlan.Dedication;

/// <summary>The contests the document names (“创新竞赛、学习竞赛、岗位技能竞赛”).</summary>
public enum ContestKind { Innovation, Study, PostSkills }

/// <summary>
/// 三(二)2 “岗位奉献”活动: “组织党员开展创新竞赛、学习竞赛、岗位技能竞赛等活动，引导党员立足岗位职责……在本职岗位上创一流业绩”;
/// 四(二) “把开展创先争优活动与党员个人打算（目标承诺）、创建‘党员示范岗’活动结合起来”. The branch sets up contests; members
/// enter (or the branch enters them), once each; the branch records the results. The branch assigns model posts to its
/// members, listed for the whole institute. Pure.
/// </summary>
public static class DedicationRule
{
    /// <summary>What a contest lacks, by field: a kind, a title, a day in the campaign year.</summary>
    public static Dictionary<string, string[]> ContestProblems(InstituteRules rules, ContestKind? kind, string? title, DateOnly? heldOn)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (kind is null) errors["kind"] = [Text.Of("请选择竞赛类别。", "Choose the kind of contest.")];
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = [Text.Of("请填写竞赛名称。", "Give the contest a title.")];
        if (heldOn is not { } day) errors["heldOn"] = [Text.Of("请填写竞赛日期。", "Give the contest's day.")];
        else if (day.Year != rules.Year) errors["heldOn"] = [Text.Of($"竞赛日期应在 {rules.Year} 年度内。", $"The day falls in {rules.Year}.")];
        return errors;
    }

    /// <summary>What a result lacks: a rank from 1, or an award, or both.</summary>
    public static Dictionary<string, string[]> ResultProblems(int? rank, string? award)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (rank is < 1) errors["rank"] = [Text.Of("名次从 1 起。", "A rank starts at 1.")];
        else if (rank is null && string.IsNullOrWhiteSpace(award)) errors["award"] = [Text.Of("请填写名次或奖项。", "Give a rank or an award.")];
        return errors;
    }

    /// <summary>What a model post lacks: its name, what it shows, a period that ends after it starts.</summary>
    public static Dictionary<string, string[]> PostProblems(string? postName, string? shows, DateOnly? from, DateOnly? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(postName)) errors["postName"] = [Text.Of("请填写示范岗名称。", "Name the model post.")];
        if (string.IsNullOrWhiteSpace(shows)) errors["shows"] = [Text.Of("请写明示范内容。", "Say what the post shows.")];
        if (from is null) errors["from"] = [Text.Of("请填写起始日期。", "Give the day it starts.")];
        else if (to is { } end && end < from) errors["to"] = [Text.Of("结束日期不能早于起始日期。", "It cannot end before it starts.")];
        return errors;
    }

    /// <summary>A model post is current on a day within its period (no end: still current).</summary>
    public static bool Current(DateOnly from, DateOnly? to, DateOnly day) => day >= from && (to is null || day <= to);

    public static LocalizedText KindName(ContestKind kind) => kind switch
    {
        ContestKind.Innovation => new("创新竞赛", "Innovation contest"),
        ContestKind.Study => new("学习竞赛", "Study contest"),
        _ => new("岗位技能竞赛", "Post skills contest"),
    };
}
