namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>What an officer records for the organization's event. <paramref name="Version"/>: the version read, when editing.</summary>
public sealed record EducationInput(
    string? Topic, DateOnly? HeldOn, string? Place, IReadOnlyList<string>? Contents, string? Summary, decimal? Hours,
    IReadOnlyList<AttendanceInput>? Attendance, int? Version);

/// <summary>One expected member: attended, or absent (with the reason, e.g. 外出务工、病假).</summary>
public sealed record AttendanceInput(long PersonId, bool Attended, string? AbsenceReason);

/// <summary>One organization's line on the list and in the ledger.</summary>
public sealed record EducationRow(
    long OrganizationId, string Organization, string Kind, string? ParentCommittee, int Depth,
    long? EventId, string? Topic, DateOnly? HeldOn, string? Place, IReadOnlyList<string> Contents,
    int Expected, int Attended, DueState State, string StateLabel)
{
    /// <summary>实到/应到 in percent, one decimal; null without an event or anyone expected.</summary>
    public decimal? AttendanceRate => Expected == 0 ? null : Math.Round(Attended * 100m / Expected, 1);
}

public sealed record AttendanceLine(long PersonId, string Name, string Organization, bool Attended, string? AbsenceReason);

/// <summary>The event of one organization with its attendance, and its state against the due day.</summary>
public sealed record EducationDetail(
    long OrganizationId, string Organization, DateOnly Due, DueState State, string StateLabel,
    long? EventId, string? Topic, DateOnly? HeldOn, string? Place, IReadOnlyList<string> Contents, string? Summary, decimal? Hours,
    DateTimeOffset? RecordedAt, string? RecordedBy, int? Version, IReadOnlyList<AttendanceLine> Attendance)
{
    public int Expected => Attendance.Count;
    public int Attended => Attendance.Count(a => a.Attended);
}

/// <summary>The member's view: their organization's event, whether they attended, and the due day.</summary>
public sealed record EducationMemberView(
    long OrganizationId, string Organization, DateOnly Due, DueState State, string StateLabel,
    string? Topic, DateOnly? HeldOn, string? Place, bool? Attended, string? AbsenceReason);
