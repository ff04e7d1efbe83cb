namespace Modular.Plugins.CountyFiveActivities.Dedication;

/// <summary>
/// 岗位奉献 (实施方案 二(二)2): “各级党组织要围绕本乡镇本单位的中心任务，从各自岗位特点出发，组织开展业务练兵、劳动竞赛、科技创新
/// 和设岗定责、依岗承诺等活动”. The organization holds the drills, contests and innovations and sets its members' posts;
/// a member's post pledge is published with the post, for the campaign (<see cref="CountyRules.PledgePeriod"/>).
/// </summary>
public static class DedicationRule
{
    /// <summary>The kind's name in the reader's language.</summary>
    public static string KindName(DedicationKind kind) => kind switch
    {
        DedicationKind.SkillsDrill => Text.Of("业务练兵", "Skills drill"),
        DedicationKind.LabourContest => Text.Of("劳动竞赛", "Labour contest"),
        _ => Text.Of("科技创新", "Innovation"),
    };
}
