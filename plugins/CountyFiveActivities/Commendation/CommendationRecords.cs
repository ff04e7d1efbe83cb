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
