namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>
/// 发动大会: the county committee's (on the root organization) and each party committee's, one row
/// per organization. A committee's must be held within 7 days after the county's.
/// </summary>
public sealed class MobilizationMeeting : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public DateOnly HeldOn { get; set; }
    public int? Attendees { get; set; }
    /// <summary>Who presided and deployed (主要负责同志要亲自发动部署): checked against the organization's secretary.</summary>
    public long? DeployedByPersonId { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}
