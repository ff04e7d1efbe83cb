namespace Modular.Plugins.CountyFiveActivities.Badges;

/// <summary>
/// 亮牌示范 (实施方案 二(二)4): “通过佩戴“紫塞先锋标识、科学合理设置“紫塞先锋工程党员先锋岗、示范户、责任区、示范车、示范单位和示范基地
/// 等形式，把党员身份亮出来”. Each badge is assigned to a member by their organization (or above) and listed publicly:
/// every user of the jurisdiction reads the list.
/// </summary>
public static class BadgeRule
{
    public static string KindName(BadgeKind kind) => kind switch
    {
        BadgeKind.PioneerPost => "党员先锋岗",
        BadgeKind.DemonstrationHousehold => "党员示范户",
        BadgeKind.ResponsibilityZone => "党员责任区",
        BadgeKind.DemonstrationVehicle => "党员示范车",
        BadgeKind.DemonstrationUnit => "示范单位",
        _ => "示范基地",
    };
}
