using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
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
/// The office's overview of every branch (活动概览, <c>GET …/dashboard</c>): per branch the user sees (<see cref="BranchOffice.BranchesSeenAsync"/>,
/// as each item's branch list) the figures of plans, suggestions, study, party-spirit education, evaluation, year-end
/// reports and notes. The overview page and the API both read it here, so there is one way to count. The figures are the
/// ones each item's service shows on its own page (the same rules: <see cref="PersonalPlanRule"/>, <see cref="SuggestionRule"/>,
/// <see cref="ReadingNoteRule"/>, <see cref="PartySpiritRule"/>, <see cref="EvaluationRule"/>, <see cref="SummaryRule"/>), read
/// for all branches at once: one query per family of figures however many branches there are, counts where only counts
/// are shown (study sessions' headcounts, evaluation results, attended events per person) and no text bodies.
/// </summary>
public sealed class InstituteDashboard(BranchOffice office, InstituteBranchPlanCampaign campaign, IPledges pledges, ISuggestions suggestions,
    ICampaignEvents events, ICountedTexts texts, InstituteBranchPlanDbContext db, EvaluationService evaluation)
{
    public async Task<IReadOnlyList<BranchOverview>> OfficeAsync(CancellationToken ct)
    {
        var branches = await office.BranchesSeenAsync(ct);
        if (branches.Count == 0) return [];
        var rules = await campaign.RulesAsync(ct);
        var today = campaign.Today;
        var (from, to) = (new DateOnly(rules.Year, 1, 1), new DateOnly(rules.Year, 12, 31));
        var branchIds = branches.Select(b => b.Id).ToList();
        var membersOf = await office.MembersOfAsync(branches, ct);

        var planDays = (await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, cancellationToken: ct)).ToDictionary(p => p.OwnerId, p => campaign.LocalDay(p.SubmittedAt));
        var givenTo = (await suggestions.ListAsync(new SuggestionQuery(SuggestionRule.Kind) { PeriodKey = rules.PeriodKey }, ct)).ToLookup(s => s.OrganizationId);
        var readingLists = await db.StudyReadings.AsNoTracking().Where(r => branchIds.Contains(r.OrganizationId)).ToDictionaryAsync(r => r.OrganizationId, r => r.Titles, ct);
        var sessions = (await events.TalliesAsync(new EventQuery(StudyRule.Source) { OrganizationIds = branchIds, From = from, To = to }, ct)).ToLookup(e => e.OrganizationId);
        var attended = (await events.HoursAsync([PartySpiritRule.Source], from, to, cancellationToken: ct)).GroupBy(h => h.PersonId).ToDictionary(g => g.Key, g => g.Sum(h => h.Events));
        var analysed = (await db.PartySpiritAnalyses.Where(a => a.Year == rules.Year).Select(a => a.PersonId).ToListAsync(ct)).ToHashSet();
        var rounds = await RoundsAsync(rules, branchIds, ct);
        var reported = (await texts.ListAsync(new CountedTextQuery(SummaryRule.MemberReport) { From = rules.Start, To = rules.Start, WithoutBody = true }, ct))
            .Select(t => t.AuthorPersonId).ToHashSet();
        var onTime = new Dictionary<(long Author, NoteKind Kind), int>();
        foreach (var kind in Enum.GetValues<NoteKind>())
            foreach (var author in (await texts.ListAsync(new CountedTextQuery(ReadingNoteRule.Kind(kind)) { From = from, To = to, WithoutBody = true }, ct))
                         .GroupBy(t => t.AuthorPersonId))
                onTime[(author.Key, kind)] = ReadingNoteRule.OnTime(rules, author.Select(t => campaign.LocalDay(t.SubmittedAt)));

        return [.. branches.Select(branch =>
        {
            var members = membersOf[branch.Id].ToList();
            var plans = members.Select(m => PersonalPlanRule.StateOf(rules, planDays.TryGetValue(m.Id, out var day) ? day : null, today)).ToList();
            var given = givenTo[branch.Id].ToList();
            var byAuthor = given.GroupBy(s => s.AuthorPersonId).ToDictionary(g => g.Key, g => g.Count());
            var held = sessions[branch.Id].ToList();
            var titles = readingLists.TryGetValue(branch.Id, out var own) ? own : [.. StudyRule.DocumentReadings];
            return new BranchOverview(branch.Id, branch.Name, members.Count,
                members.Count(m => planDays.ContainsKey(m.Id)), plans.Count(s => s == DueState.Late), plans.Count(s => s == DueState.Missed),
                members.Count(m => SuggestionRule.Met(rules, byAuthor.GetValueOrDefault(m.Id))), given.Count, given.Count(s => s.Answered),
                held.Sum(e => e.Attended), held.Sum(e => e.Expected), titles.Count(t => held.Any(e => e.Tags.Contains(t))), titles.Count,
                members.Count(m => PartySpiritRule.Reached(rules, attended.GetValueOrDefault(m.Id))), members.Count(m => analysed.Contains(m.Id)),
                rounds.GetValueOrDefault(branch.Id),
                members.Count(m => reported.Contains(m.Id)),
                members.Count(m => ReadingNoteRule.Minimum(rules, NoteKind.ReadingNote) <= onTime.GetValueOrDefault((m.Id, NoteKind.ReadingNote))
                                   && ReadingNoteRule.Minimum(rules, NoteKind.Reflection) <= onTime.GetValueOrDefault((m.Id, NoteKind.Reflection))));
        })];
    }

    /// <summary>
    /// Each branch's last opened round of the year in the rules' order (半年 before 年终), as the evaluation page lists them:
    /// a closed round's fixed results counted in the database; an open one's live lines (the SDK's tallies) as the
    /// evaluation service computes them.
    /// </summary>
    private async Task<Dictionary<long, DashboardRound>> RoundsAsync(InstituteRules rules, List<long> branchIds, CancellationToken ct)
    {
        var periods = EvaluationRule.Rounds(rules).Select(r => r.Period).ToList();
        var opened = (await db.EvaluationRounds.AsNoTracking().Where(r => r.Year == rules.Year && branchIds.Contains(r.OrganizationId)).ToListAsync(ct))
            .Where(r => periods.Contains(r.Period))
            .GroupBy(r => r.OrganizationId).ToDictionary(g => g.Key, g => g.MaxBy(r => periods.IndexOf(r.Period))!);
        var result = new Dictionary<long, DashboardRound>();
        if (opened.Count == 0) return result;
        var fixedCounts = opened.Values.Any(r => r.Closed)
            ? await db.EvaluationResults.AsNoTracking().Where(r => r.Year == rules.Year && branchIds.Contains(r.OrganizationId))
                .GroupBy(r => new { r.OrganizationId, r.Period })
                .Select(g => new { g.Key.OrganizationId, g.Key.Period, Lines = g.Count(), Graded = g.Count(r => r.Grade != null) })
                .ToDictionaryAsync(g => (g.OrganizationId, g.Period), g => (g.Lines, g.Graded), ct)
            : [];
        foreach (var (branchId, round) in opened)
        {
            var (lines, graded) = round.Closed
                ? fixedCounts.GetValueOrDefault((branchId, round.Period))
                : await evaluation.LiveCountsAsync(round, rules, ct);
            result[branchId] = new DashboardRound(round.Period, EvaluationRule.PeriodName(round.Period).ToString(), round.Closed, graded, lines);
        }
        return result;
    }
}
