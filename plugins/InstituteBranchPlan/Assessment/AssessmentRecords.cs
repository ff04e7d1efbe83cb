using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Dedication;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Summary;

namespace Modular.Plugins.InstituteBranchPlan.Assessment;

/// <summary>One line of the assessment: the plan's item, what the records show, and where it stands (required lines count towards the summary).</summary>
public sealed record AssessmentLine(string Key, string Item, string Detail, AssessmentState State, string StateName, bool Required, string Page);

/// <summary>
/// A member's annual assessment (年度考核) for the campaign year: every line the plan asks of them, the year-end grade and
/// composite, and the summary line.
/// </summary>
public sealed record MemberAssessment(long PersonId, string Name, long BranchId, string Branch, int Year, IReadOnlyList<AssessmentLine> Lines,
    string? YearEndGrade, string YearEndGradeName, decimal? YearEndComposite, AssessmentState Overall, string OverallName, string Summary)
{
    public int Required => Lines.Count(l => l.Required);
    public int Done => Lines.Count(l => l.Required && l.State is AssessmentState.Done or AssessmentState.Late);
    public int Late => Lines.Count(l => l.Required && l.State == AssessmentState.Late);
    public int Open => Lines.Count(l => l.Required && l.State == AssessmentState.Open);
    public int Overdue => Lines.Count(l => l.Required && l.State == AssessmentState.Overdue);
}

/// <summary>A member the user may open the assessment of, with their branch (the page's select).</summary>
public sealed record AssessableMember(long PersonId, string Name, long BranchId, string Branch);

/// <summary>A member's study as the study item counts it: sessions attended and missed, hours, required readings covered of how many.</summary>
public sealed record StudyFacts(int Attended, int Missed, decimal Hours, int ReadingsCovered, int ReadingsRequired);

/// <summary>A member's result in one of the year's evaluation rounds (none until the round is opened, or for a member until it closed).</summary>
public sealed record RoundFacts(EvaluationPeriod Period, DateOnly Closes, bool Opened, bool Closed, MemberEvaluation? Result);

/// <summary>Everything the items recorded of one member this year, read through the items' own services.</summary>
public sealed record AssessmentFacts(PersonalPlanLine Plan, StudyFacts Study, MemberNotes Notes, int SuggestionsGiven, int SuggestionsAnswered,
    PartySpiritLine PartySpirit, IReadOnlyList<(ContestView Contest, EntryView Entry)> Contests, IReadOnlyList<ModelPostView> Posts,
    IReadOnlyList<RoundFacts> Rounds, MemberReportLine Report, IReadOnlyList<HonorView> Honors, IReadOnlyList<RectificationInfo> Rectifications);
