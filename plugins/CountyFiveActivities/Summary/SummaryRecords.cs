namespace Modular.Plugins.CountyFiveActivities.Summary;

/// <summary>搞好总结: an organization's summary report, or the county's (organization id 0).</summary>
public sealed class SummaryReport : IJurisdictionScoped, IVersioned
{
    public const long County = 0;

    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public required string Body { get; set; }
    public int Characters { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public int Version { get; set; }
}
