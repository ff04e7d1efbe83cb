namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>备案 states: submitted to the office one level up, received, or returned with comments (then resubmitted).</summary>
public enum FilingState { Submitted, Received, Returned }

/// <summary>
/// An organization's implementation plan (实施方案), filed with the leading-group office one level up
/// (报上一级活动领导小组办公室备案): the parent organization; the county committee's with the county office.
/// </summary>
public sealed class PlanFiling : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    /// <summary>The organization it is filed with; null = the county office.</summary>
    public long? FiledWithOrganizationId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public FilingState State { get; set; }
    public int Submissions { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public string? Comment { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public int Version { get; set; }
}
