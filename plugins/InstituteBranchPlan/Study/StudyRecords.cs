using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.InstituteBranchPlan.Study;

/// <summary>
/// A branch's required readings (必读篇目) as it keeps them: the titles in order, who saved them and when, and the version
/// (a stale save is a conflict). Until a branch saves its own, the document's three stand (<see cref="StudyRule.DocumentReadings"/>).
/// </summary>
public sealed class StudyReadingList : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public List<string> Titles { get; set; } = [];
    public int Version { get; set; }
    public string? SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

/// <summary>Table <c>study_readings</c> (Migrations/0002).</summary>
public sealed class StudyReadingListConfiguration : IEntityTypeConfiguration<StudyReadingList>
{
    public void Configure(EntityTypeBuilder<StudyReadingList> e)
    {
        e.ToTable("study_readings");
        e.HasKey(r => new { r.JurisdictionId, r.OrganizationId });
        e.Property(r => r.Version).IsConcurrencyToken();
    }
}
