namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>What the counted text does not hold for a research report: its topic (专项) and its 择优 nomination.</summary>
public sealed class ReportEntry : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long TextId { get; set; }
    public long PersonId { get; set; }
    public required string Topic { get; set; }
    /// <summary>The approved ResearchReport nomination once the office shortlisted the report (择优).</summary>
    public long? NominationId { get; set; }
    /// <summary>The report in full, as the final document submitted to the parent jurisdiction with the 上报 (null before, and for reports reported up before it existed).</summary>
    public long? DocumentId { get; set; }
}

/// <summary>
/// A report a child jurisdiction reported here (this jurisdiction being the league, or the region) that this office
/// forwarded one level further (转报): its own nomination and document, reported and submitted to its parent.
/// </summary>
public sealed class ReceivedForward : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public int FromJurisdictionId { get; set; }
    /// <summary>The child's nomination (its id in the child jurisdiction).</summary>
    public long NominationId { get; set; }
    /// <summary>This jurisdiction's own nomination, reported to its parent.</summary>
    public long ForwardedNominationId { get; set; }
    public long ForwardedDocumentId { get; set; }
    public DateTimeOffset ForwardedAt { get; set; }
    public string? ForwardedBy { get; set; }
}

/// <summary>One step in a report's life: submitted, resubmitted, returned, accepted, shortlisted, reported up — who, when, what they said.</summary>
public sealed class ReportStep : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long TextId { get; set; }
    public required string Action { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}

/// <summary>The tables of this item in the plugin's one context (<see cref="SixOnesDbContext"/>).</summary>
internal static class ResearchReportsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ReportEntry>(e =>
        {
            e.ToTable("report_entries");
            e.HasKey(x => new { x.JurisdictionId, x.TextId });
        });
        b.Entity<ReceivedForward>(e =>
        {
            e.ToTable("report_forwards");
            e.HasKey(x => new { x.JurisdictionId, x.FromJurisdictionId, x.NominationId });
        });
        b.Entity<ReportStep>(e =>
        {
            e.ToTable("report_steps");
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.JurisdictionId, x.TextId });
        });
    }
}
