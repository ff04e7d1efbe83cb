using Modular.Sdk.Data;

namespace Modular.Identity.Provisioning;

/// <summary>One run of provisioning for an organization's subtree (<c>identity.provisioning_batches</c>).</summary>
public sealed class ProvisioningBatch
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    /// <summary>The subtree's root.</summary>
    public long OrganizationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? CreatedById { get; set; }
    public string? CreatedByName { get; set; }
    /// <summary>Accounts made, one slip each.</summary>
    public int CreatedCount { get; set; }
    /// <summary>Members who had an account already.</summary>
    public int ExistingCount { get; set; }
    /// <summary>Members left without one (not on the active rolls).</summary>
    public int SkippedCount { get; set; }
    /// <summary>The slip sheet, encrypted (<see cref="SlipVault"/>); null once downloaded.</summary>
    [AuditIgnore]
    public byte[]? Slips { get; set; }
    public DateTimeOffset? SlipsTakenAt { get; set; }
    public int? SlipsTakenById { get; set; }
    public string? SlipsTakenByName { get; set; }
}

/// <summary>One line of the slip sheet: who, where, and how they sign in the first time.</summary>
public sealed record Slip(string Name, string Organization, string UserName, string InitialPassword);
