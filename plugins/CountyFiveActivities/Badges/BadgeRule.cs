namespace Modular.Plugins.CountyFiveActivities.Badges;

/// <summary>
/// 亮牌示范 (实施方案 二(二)4): “通过佩戴“紫塞先锋标识、科学合理设置“紫塞先锋工程党员先锋岗、示范户、责任区、示范车、示范单位和示范基地
/// 等形式，把党员身份亮出来”. Each badge is assigned to a member by their organization (or above) and listed publicly:
/// every user of the jurisdiction reads the list.
/// </summary>
public static class BadgeRule
{
    /// <summary>The kind's name in the reader's language.</summary>
    public static string KindName(BadgeKind kind) => kind switch
    {
        BadgeKind.PioneerPost => Text.Of("党员先锋岗", "Pioneer post"),
        BadgeKind.DemonstrationHousehold => Text.Of("党员示范户", "Model household"),
        BadgeKind.ResponsibilityZone => Text.Of("党员责任区", "Responsibility zone"),
        BadgeKind.DemonstrationVehicle => Text.Of("党员示范车", "Model vehicle"),
        BadgeKind.DemonstrationUnit => Text.Of("示范单位", "Model unit"),
        _ => Text.Of("示范基地", "Model base"),
    };
}
