namespace Modular.Plugins.CountyFiveActivities.ServingThePeople;

/// <summary>
/// 服务群众 (实施方案 二(二)3): “以“城乡党建互动活动为载体，组织党员开展“紫塞先锋志愿服务、结对帮扶、走访慰问、春耕助农等活动”.
/// Each service is recorded — who served (a member), whom, on which day, how many hours: more than none, at most a day's.
/// </summary>
public static class ServiceRule
{
    /// <summary>The most hours one service may count (a day).</summary>
    public const decimal MaxHours = 24;

    public static bool ValidHours(decimal hours) => hours is > 0 and <= MaxHours;

    public static string KindName(ServiceKind kind) => kind switch
    {
        ServiceKind.Volunteer => "紫塞先锋志愿服务",
        ServiceKind.Pairing => "结对帮扶",
        ServiceKind.Visit => "走访慰问",
        ServiceKind.SpringPloughing => "春耕助农",
        _ => "其他服务",
    };
}
