namespace Modular.Plugins.CountyFiveActivities.ServingThePeople;

/// <summary>服务群众: 紫塞先锋志愿服务、结对帮扶、走访慰问、春耕助农, or another service.</summary>
public enum ServiceKind { Volunteer, Pairing, Visit, SpringPloughing, Other }

/// <summary>An organization's services and their hours, kept by the database as records are written (migration 0009).</summary>
public sealed class ServiceTotal : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public int Services { get; set; }
    [Precision(14, 2)] public decimal Hours { get; set; }
}

/// <summary>One service to the people: who served, whom, when, how many hours.</summary>
public sealed class ServiceRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public long OrganizationId { get; set; }
    public ServiceKind Kind { get; set; }
    public required string Beneficiary { get; set; }
    public DateOnly ServedOn { get; set; }
    [Precision(6, 2)] public decimal Hours { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
