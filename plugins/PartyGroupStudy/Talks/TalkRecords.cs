using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.Talks;

/// <summary>A heart-to-heart talk between two members of the party group (<see cref="PersonAId"/> the lower id), once per pair a year.</summary>
public sealed class HeartTalk : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public string PeriodKey { get; set; } = "";
    public long PersonAId { get; set; }
    public long PersonBId { get; set; }
    public DateOnly TalkedOn { get; set; }
    public string? Topics { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }

    public TalkPair Pair => new(PersonAId, PersonBId);
}

/// <summary>Table <c>heart_talks</c> (Migrations/0003): the pair is unique within the year, so a second record of it is a conflict.</summary>
public sealed class HeartTalkConfiguration : IEntityTypeConfiguration<HeartTalk>
{
    public void Configure(EntityTypeBuilder<HeartTalk> e)
    {
        e.ToTable("heart_talks");
        e.HasKey(t => new { t.JurisdictionId, t.Id });
        e.Property(t => t.Id).UseIdentityByDefaultColumn();
        e.Property(t => t.Version).IsConcurrencyToken();
        e.Ignore(t => t.Pair);
    }
}
