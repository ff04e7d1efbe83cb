using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.Research;

/// <summary>A member's research topic (课题): one per member, chosen on a day, versioned (a stale change is a conflict).</summary>
public sealed class ResearchTopic : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long PersonId { get; set; }
    public string Topic { get; set; } = "";
    public DateOnly ChosenOn { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>research_topics</c> (Migrations/0002).</summary>
public sealed class ResearchTopicConfiguration : IEntityTypeConfiguration<ResearchTopic>
{
    public void Configure(EntityTypeBuilder<ResearchTopic> e)
    {
        e.ToTable("research_topics");
        e.HasKey(t => new { t.JurisdictionId, t.PersonId });
        e.Property(t => t.Version).IsConcurrencyToken();
    }
}
