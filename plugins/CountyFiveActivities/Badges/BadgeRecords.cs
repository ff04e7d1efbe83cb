namespace Modular.Plugins.CountyFiveActivities.Badges;

/// <summary>亮牌示范: 党员先锋岗、示范户、责任区、示范车、示范单位、示范基地.</summary>
public enum BadgeKind { PioneerPost, DemonstrationHousehold, ResponsibilityZone, DemonstrationVehicle, DemonstrationUnit, DemonstrationBase }

/// <summary>A badge assigned to a member and listed publicly (把党员身份亮出来).</summary>
public sealed class Badge : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public BadgeKind Kind { get; set; }
    public required string Name { get; set; }
    public long PersonId { get; set; }
    public long OrganizationId { get; set; }
    public DateOnly AssignedOn { get; set; }
    public string? Note { get; set; }
}
