namespace Modular.Plugins.CountyFiveActivities.Innovation;

/// <summary>
/// 组织创新 (实施方案 二(二)5): “创立“党组织活动场所建设标准、党建工作制度档案标准、党组织活动管理标准，党员服务群众成效突出、
/// 党建推动发展作用突出”为主要内容的基层党建示范单位”. A candidate unit states which of the five it meets; the level above
/// recognizes it only when it meets all five, and a recognized unit's declaration no longer changes.
/// </summary>
public static class InnovationRule
{
    /// <summary>How many standards a demonstration unit must meet: all of them.</summary>
    public const int Standards = 5;

    /// <summary>The standards a candidate meets, in the document's order.</summary>
    public static int StandardsMet(DemonstrationUnit unit) =>
        new[] { unit.VenueStandard, unit.ArchivesStandard, unit.ActivitiesStandard, unit.ServiceOutstanding, unit.DevelopmentOutstanding }.Count(met => met);

    public static bool MayBeRecognized(DemonstrationUnit unit) => StandardsMet(unit) == Standards;
}
