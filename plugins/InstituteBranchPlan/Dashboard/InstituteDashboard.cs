using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Study;
using Modular.Plugins.InstituteBranchPlan.Suggestions;
using Modular.Plugins.InstituteBranchPlan.Summary;

namespace Modular.Plugins.InstituteBranchPlan.Dashboard;

/// <summary>A branch's last opened round of evaluation (群众评议) on the overview: which, how many members graded, of how many lines.</summary>
public sealed record DashboardRound(EvaluationPeriod Period, string PeriodName, bool Closed, int Graded, int Lines);

/// <summary>
/// A branch at a glance (活动概览): the counts each bar of the overview shows. <paramref name="Members"/> is the branch's
/// roster (its subtree's), the "of how many" of every per-member figure; <paramref name="Evaluation"/> is null until the
/// branch opens a round.
/// </summary>
public sealed record BranchOverview(long BranchId, string Branch, int Members,
    int PlansHandedIn, int PlansLate, int PlansMissing,
    int MembersWithSuggestion, int Suggestions, int SuggestionsAnswered,
    int StudyAttended, int StudyExpected, int ReadingsCovered, int ReadingsListed,
    int PartySpiritReached, int AnalysesHandedIn,
    DashboardRound? Evaluation,
    int ReportsHandedIn, int MembersMeetingNotes);

/// <summary>
/// The office's overview of every branch (活动概览, <c>GET …/dashboard</c>): per branch the user sees (<see cref="LeadingGroup.BranchOffice.BranchesSeenAsync"/>,
/// as each item's branch list) the figures of plans, suggestions, study, party-spirit education, evaluation, year-end
/// reports and notes. The overview page and the API both read it here, so there is one way to count.
/// </summary>
public sealed class InstituteDashboard(PersonalPlanService plans, SuggestionService suggestions, StudyService study, ReadingNoteService notes,
    PartySpiritService partySpirit, EvaluationService evaluation, SummaryService summary)
{
    public async Task<IReadOnlyList<BranchOverview>> OfficeAsync(CancellationToken ct)
    {
        var planList = await plans.BranchesAsync(ct);
        var suggestionList = await suggestions.BranchesAsync(ct);
        var rounds = await evaluation.BranchesAsync(ct);
        var reports = await summary.BranchReportsAsync(ct);
        var studyList = await study.BranchesAsync(ct);
        var noteList = await notes.BranchesAsync(ct);
        var spirit = await partySpirit.BranchesAsync(ct);
        return [.. planList.Select(b =>
        {
            var s = suggestionList.First(x => x.BranchId == b.BranchId);
            var st = studyList.First(x => x.BranchId == b.BranchId);
            var ps = spirit.First(x => x.BranchId == b.BranchId);
            var round = rounds.LastOrDefault(e => e.BranchId == b.BranchId && e.Opened);
            var r = reports.First(x => x.BranchId == b.BranchId);
            var n = noteList.First(x => x.BranchId == b.BranchId);
            return new BranchOverview(b.BranchId, b.Branch, b.Members, b.HandedIn, b.Late, b.Missing,
                s.MembersMet, s.Suggestions.Count, s.Answered, st.Attended, st.Expected, st.ReadingsCovered, st.Coverage.Count,
                ps.Reached, ps.HandedIn,
                round is null ? null : new DashboardRound(round.Period, round.PeriodName, round.Closed, round.Lines.Count(l => l.Grade is not null), round.Lines.Count),
                r.HandedIn, n.MembersMet);
        })];
    }
}
