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

    /// <summary>The kind's name in the reader's language.</summary>
    public static string KindName(ServiceKind kind) => kind switch
    {
        ServiceKind.Volunteer => Text.Of("紫塞先锋志愿服务", "Zisai Pioneer volunteering"),
        ServiceKind.Pairing => Text.Of("结对帮扶", "Pairing up to help"),
        ServiceKind.Visit => Text.Of("走访慰问", "Visits"),
        ServiceKind.SpringPloughing => Text.Of("春耕助农", "Help with spring ploughing"),
        _ => Text.Of("其他服务", "Other service"),
    };
}
