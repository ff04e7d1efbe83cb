namespace Modular.Plugins.CountyFiveActivities.PartySpirit;

/// <summary>党性教育: the organization's concentrated week (集中一周时间) of party-spirit analysis, before 七一.</summary>
public sealed class PartySpiritWeek : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}
