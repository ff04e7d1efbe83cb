namespace Modular.Plugins.BannerSixOnes.Capacity;

/// <summary>The measures the document names (业务培训、岗位练兵、挂职锻炼), in its order.</summary>
public enum CapacityKind { Training, PostDrill, Secondment }

/// <summary>One member's part in one measure: what, from–to, where, how many hours.</summary>
public sealed class CapacityRecord : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    /// <summary>The member's organization when recorded: whose officers keep the record.</summary>
    public long OrganizationId { get; set; }
    public CapacityKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>挂职单位: where the member is seconded (required for a secondment only).</summary>
    public string? HostUnit { get; set; }
    /// <summary>主办单位: who runs the training or the drill.</summary>
    public string? Organizer { get; set; }
    public decimal Hours { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

internal static class CapacityModel
{
    public static void Configure(ModelBuilder b) => b.Entity<CapacityRecord>(e =>
    {
        e.ToTable("capacity_records");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.Property(x => x.Kind).HasConversion<string>();
        e.Property(x => x.Hours).HasPrecision(8, 2);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => new { x.JurisdictionId, x.PersonId });
        e.HasIndex(x => new { x.JurisdictionId, x.OrganizationId });
    });
}

/// <summary>A record as entered; <see cref="Version"/> the one read, for an edit.</summary>
public sealed record CapacityInput(long? PersonId, CapacityKind? Kind, string? Title, DateOnly? StartsOn, DateOnly? EndsOn, string? HostUnit, string? Organizer,
    decimal? Hours, string? Note, int? Version = null);

public sealed record CapacityRow(long Id, long PersonId, string? Person, long OrganizationId, string Organization, CapacityKind Kind, string KindName,
    string Title, DateOnly StartsOn, DateOnly EndsOn, string? HostUnit, string? Organizer, decimal Hours, string? Note, string? RecordedBy, int Version);

/// <summary>An organization's line: its members, their records by kind, how many of them took part, the hours.</summary>
public sealed record CapacityTally(long OrganizationId, string Organization, int Depth, int Members, int Training, int PostDrill, int Secondment, int People, decimal Hours)
{
    public int Total => Training + PostDrill + Secondment;

    public IReadOnlyList<int> ByKind => [Training, PostDrill, Secondment];
}

/// <summary>
/// The office's view of a scope: every organization the caller sees in it with its own members' records, and the units one level
/// down with everything under them (the chart's bars, each a link down).
/// </summary>
public sealed record CapacityOverview(long? OrganizationId, string Scope, IReadOnlyList<CapacityTally> Organizations, IReadOnlyList<CapacityTally> Units);

/// <summary>A member's records of the campaign year by kind, for the year-end result.</summary>
public sealed record CapacityCount(int Training, int PostDrill, int Secondment)
{
    public static readonly CapacityCount None = new(0, 0, 0);

    public override string ToString() => Training + PostDrill + Secondment == 0 ? "—"
        : Text.Of($"培训 {Training} · 练兵 {PostDrill} · 挂职 {Secondment}", $"{Training} training · {PostDrill} drill · {Secondment} secondment");
}
