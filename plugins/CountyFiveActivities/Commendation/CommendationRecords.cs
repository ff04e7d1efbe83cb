namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// The day a step of a nomination was taken (nominated, endorsed, dropped, approved): given by whoever
/// records it, back-dated like a meeting's day, and what the “七一前” cut-off compares. The nominations
/// block keeps the step itself and when it was recorded.
/// </summary>
public sealed class NominationDay : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long NominationId { get; set; }
    public int Sequence { get; set; }
    public DateOnly Day { get; set; }
}

/// <summary>
/// 各级党组织也要表彰: a level's own decision on a nomination that reached it — commended within that level (its own list) or
/// not, with the day it was decided (before 七一, back-datable like a step's day). One per nomination and level; the county's
/// commendation stays the nomination's approval.
/// </summary>
public sealed class LevelCommendation : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long NominationId { get; set; }
    public long OrganizationId { get; set; }
    public bool Commended { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string? Reason { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
