namespace Modular.Plugins.CountyFiveActivities.FourFinds;

public enum FourFindsSubject { Organization, Person }

/// <summary>四找: 找对标典型、找自身差距、找努力方向、找赶超措施 — of an organization or a member.</summary>
public sealed class FourFindsEntry : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public FourFindsSubject SubjectKind { get; set; }
    public long SubjectId { get; set; }
    /// <summary>The organization it counts for (the member's organization when written).</summary>
    public long OrganizationId { get; set; }
    public required string Benchmark { get; set; }
    public required string Gap { get; set; }
    public required string Direction { get; set; }
    public required string Measures { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
