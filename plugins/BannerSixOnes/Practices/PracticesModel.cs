namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary>A good practice or experience (好做法、好经验) an organization reported; the banner office may feature it (精选).</summary>
public sealed class Practice : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateOnly PracticeDate { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public bool Featured { get; set; }
    public string? FeaturedNote { get; set; }
    public string? FeaturedBy { get; set; }
    public DateTimeOffset? FeaturedAt { get; set; }
    /// <summary>Bumped on every change; an edit made against an older version is refused (409).</summary>
    public int Version { get; set; }
}

/// <summary>The tables of this item in the plugin's one context (<see cref="SixOnesDbContext"/>).</summary>
internal static class PracticesModel
{
    public static void Configure(ModelBuilder b) => b.Entity<Practice>(e =>
    {
        e.ToTable("practice_items");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => new { x.JurisdictionId, x.OrganizationId });
        e.HasIndex(x => new { x.JurisdictionId, x.Featured, x.FeaturedAt });
    });
}
