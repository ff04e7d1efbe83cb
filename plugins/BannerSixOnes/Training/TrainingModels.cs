namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>A session as the committee schedules it; <paramref name="Field"/> is a 领域 (e.g. 嘎查/农村), <paramref name="Industry"/> free text.</summary>
public sealed record SessionInput(long? CommitteeId, string? Title, DateOnly? HeldOn, string? Place, decimal? Hours, string? Field, string? Industry, int? Version);

/// <summary>Who attended (the whole list, replacing the previous one), with the session's version read.</summary>
public sealed record AttendanceSetInput(IReadOnlyList<long>? PersonIds, int? Version);

public sealed record SessionRow(long Id, long CommitteeId, string Committee, string Title, DateOnly HeldOn, string Place, decimal Hours,
    string Field, string FieldLabel, string? Industry, int Attended, int Version);

public sealed record Attendee(long PersonId, string Name, string Organization);

public sealed record SessionDetail(SessionRow Session, IReadOnlyList<Attendee> Attendance);

/// <summary>The committees the user oversees with their coverage, the fields over all of them, the goal and the due day.</summary>
public sealed record CoverageOverview(int GoalPercent, DateOnly Due, DateOnly Today, IReadOnlyList<CommitteeCoverage> Committees, IReadOnlyList<CoverageLine> Fields);

/// <summary>The member's view: trained or not, when first, at which session, and the due day.</summary>
public sealed record TrainingMemberView(bool Trained, DateOnly? FirstTrainedOn, string? Session, int Sessions, DateOnly Due, bool Overdue);
