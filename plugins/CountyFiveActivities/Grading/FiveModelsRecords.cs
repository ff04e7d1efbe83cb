namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>
/// A member's assessment on the five models (五个模范, 实施方案 一(三)2) by their branch for a round: each model reached or
/// not; all five make a “五个模范” member, whose share per sector must rise round after round (二(三)3).
/// </summary>
public sealed class FiveModelsAssessment : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    /// <summary>The member's organization when assessed (the branch that assessed them).</summary>
    public long OrganizationId { get; set; }
    public required string Round { get; set; }
    public DateOnly AssessedOn { get; set; }
    /// <summary>自觉学习的模范.</summary>
    public bool Study { get; set; }
    /// <summary>执行政策的模范.</summary>
    public bool Policy { get; set; }
    /// <summary>服务群众的模范.</summary>
    public bool Serving { get; set; }
    /// <summary>爱岗敬业的模范.</summary>
    public bool Dedication { get; set; }
    /// <summary>遵纪守法的模范.</summary>
    public bool Discipline { get; set; }
    public bool FiveModels { get; set; }
    public string? Note { get; set; }
    public string? AssessedBy { get; set; }
    public DateTimeOffset AssessedAt { get; set; }
    public int Version { get; set; }
}
