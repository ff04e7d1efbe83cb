namespace Modular.Plugins.CountyFiveActivities.Innovation;

/// <summary>
/// 组织创新: a candidate 基层党建示范单位 checked against the document's standards — 活动场所建设标准、
/// 党建工作制度档案标准、党组织活动管理标准, 党员服务群众成效突出、党建推动发展作用突出 — and
/// recognized by the level above only when all five are met.
/// </summary>
public sealed class DemonstrationUnit : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public bool VenueStandard { get; set; }
    public bool ArchivesStandard { get; set; }
    public bool ActivitiesStandard { get; set; }
    public bool ServiceOutstanding { get; set; }
    public bool DevelopmentOutstanding { get; set; }
    public string? Note { get; set; }
    public bool Recognized { get; set; }
    public DateOnly? RecognizedOn { get; set; }
    public string? RecognizedBy { get; set; }
    public int Version { get; set; }

    public bool MeetsAllStandards => InnovationRule.MayBeRecognized(this);
}
