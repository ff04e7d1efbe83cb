namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>先进 / 中间 / 后进 (处于先进的当好标杆、中间状态的标准提高、相对后进的改变面貌).</summary>
public enum Grade { Lagging = 0, Middle = 1, Advanced = 2 }

/// <summary>One grading round's scores of an organization on the five goods, given by the level above.</summary>
public sealed class FiveGoodsScore : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    /// <summary>The grading round, e.g. <c>2011下半年</c>; rounds are ordered by <see cref="AssessedOn"/>.</summary>
    public required string Round { get; set; }
    public DateOnly AssessedOn { get; set; }
    [Precision(6, 2)] public decimal Leadership { get; set; }
    [Precision(6, 2)] public decimal Membership { get; set; }
    [Precision(6, 2)] public decimal Mechanisms { get; set; }
    [Precision(6, 2)] public decimal Results { get; set; }
    [Precision(6, 2)] public decimal Opinion { get; set; }
    [Precision(7, 2)] public decimal Total { get; set; }
    public Grade Grade { get; set; }
    public bool FiveGoods { get; set; }
    public string? ScoredBy { get; set; }
    public DateTimeOffset ScoredAt { get; set; }
    public int Version { get; set; }
}
