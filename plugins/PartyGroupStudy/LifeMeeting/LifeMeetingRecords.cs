using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.LifeMeeting;

/// <summary>A member's speaking material for the life meeting (发言材料), one a year, corrected by the version read.</summary>
public sealed class SpeakingMaterial : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public string PeriodKey { get; set; } = "";
    public long PersonId { get; set; }
    public string Text { get; set; } = "";
    public DateOnly WrittenOn { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>What was said at the meeting: a member's self-criticism (<see cref="ToPersonId"/> null) or a criticism of another member.</summary>
public sealed class MeetingCriticism : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public string PeriodKey { get; set; } = "";
    public long FromPersonId { get; set; }
    public long? ToPersonId { get; set; }
    public string Text { get; set; } = "";
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Tables <c>speaking_materials</c> and <c>meeting_criticisms</c> (Migrations/0003).</summary>
public sealed class LifeMeetingConfiguration : IEntityTypeConfiguration<SpeakingMaterial>, IEntityTypeConfiguration<MeetingCriticism>
{
    public void Configure(EntityTypeBuilder<SpeakingMaterial> e)
    {
        e.ToTable("speaking_materials");
        e.HasKey(m => new { m.JurisdictionId, m.Id });
        e.Property(m => m.Id).UseIdentityByDefaultColumn();
        e.Property(m => m.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<MeetingCriticism> e)
    {
        e.ToTable("meeting_criticisms");
        e.HasKey(c => new { c.JurisdictionId, c.Id });
        e.Property(c => c.Id).UseIdentityByDefaultColumn();
    }
}
