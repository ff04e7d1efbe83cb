namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>
/// 争当“五个模范” (实施方案 一(三)2): 自觉学习的模范、执行政策的模范、服务群众的模范、爱岗敬业的模范、遵纪守法的模范. The plan
/// gives no points for members; this plugin's reading: the member's organization judges each model reached or not, and a
/// member reaching all five is a “五个模范” member. The share per sector is of every member of the sector's organizations
/// (a member not assessed in a round counts as not five-models), and must rise round after round (二(三)3).
/// </summary>
public static class FiveModelsRule
{
    public static bool IsFiveModels(IReadOnlyList<bool> models) => models.Count == 5 && models.All(m => m);
}
