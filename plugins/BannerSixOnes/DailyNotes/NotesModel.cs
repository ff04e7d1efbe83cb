namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>The tables of this item in the plugin's one context (<see cref="SixOnesDbContext"/>).</summary>
internal static class NotesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<NoteDay>(e =>
        {
            e.ToTable("note_days");
            e.HasKey(d => new { d.JurisdictionId, d.PersonId, d.Day });
        });
        b.Entity<NoteInspection>(e =>
        {
            e.ToTable("note_inspections");
            e.HasKey(i => new { i.JurisdictionId, i.Id });
            e.Property(i => i.Id).ValueGeneratedOnAdd();
            e.Property(i => i.Version).IsConcurrencyToken();
        });
        b.Entity<NoteVerdict>(e =>
        {
            e.ToTable("note_verdicts");
            e.HasKey(v => new { v.JurisdictionId, v.InspectionId, v.PersonId });
            e.Property(v => v.Version).IsConcurrencyToken();
        });
        b.Entity<NoteInspectionEvent>(e =>
        {
            e.ToTable("note_inspection_events");
            e.HasKey(v => new { v.JurisdictionId, v.Id });
            e.Property(v => v.Id).ValueGeneratedOnAdd();
        });
    }
}

/// <summary>A member's note for a day, as the plugin counts it (the text itself: <see cref="TextId"/> in the counted texts).</summary>
public sealed class NoteDay : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long PersonId { get; set; }
    public DateOnly Day { get; set; }
    public long TextId { get; set; }
    [Precision(6, 2)] public decimal Hours { get; set; }
    public int Characters { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
}

/// <summary>季度检查验收 of one organization's members for one quarter; closed = that quarter is locked for them.</summary>
public sealed class NoteInspection : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string QuarterKey { get; set; }
    public string? OpenedBy { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The SDK period lock that closes the quarter to this organization's members while the inspection is closed.</summary>
    public long? PeriodLockId { get; set; }
    public int Version { get; set; }

    public bool IsClosed => ClosedAt is not null;
}

/// <summary>The secretary's verdict on one member in an inspection: accepted, or returned with a comment.</summary>
public sealed class NoteVerdict : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long InspectionId { get; set; }
    public long PersonId { get; set; }
    public bool Accepted { get; set; }
    public string? Comment { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>opened / closed / reopened: who and when (reopening by the office keeps its reason).</summary>
public sealed class NoteInspectionEvent : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long InspectionId { get; set; }
    public required string Action { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}
