namespace Modular.Plugins.CountyFiveActivities.Dedication;

/// <summary>岗位奉献 activities an organization holds: 业务练兵、劳动竞赛、科技创新.</summary>
public enum DedicationKind { SkillsDrill, LabourContest, Innovation }

public sealed class DedicationRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public DedicationKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public int Participants { get; set; }
    public string? Note { get; set; }
}

/// <summary>设岗定责: a post set for a member with its duty; the member's 依岗承诺 is a post pledge (IPledges).</summary>
public sealed class MemberPost : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public long OrganizationId { get; set; }
    public required string Post { get; set; }
    public required string Duty { get; set; }
    public long? PledgeId { get; set; }
}
