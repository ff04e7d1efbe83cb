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
        b.Entity<ReportStep>(e =>
        {
            e.ToTable("report_steps");
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.JurisdictionId, x.TextId });
        });
    }
}
