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
/// for all branches at once: one query per family of figures however many branches there are (the texts' three in one),
/// counts where only counts are shown (study sessions' headcounts, suggestions and texts per author, evaluation results,
/// attended events per person), when a plan was handed in and not its text: the rows the database could count are not
/// read one by one.
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
        var membersOf = await office.MemberIdsOfAsync(branches, ct);

        var planDays = (await pledges.HandInsAsync(PersonalPlanRule.Kind, rules.PeriodKey, ct)).ToDictionary(p => p.OwnerId, p => campaign.LocalDay(p.SubmittedAt));
        var givenTo = (await suggestions.TallyAsync(new SuggestionQuery(SuggestionRule.Kind) { PeriodKey = rules.PeriodKey }, ct)).ToLookup(s => s.OrganizationId);
        var readingLists = await db.StudyReadings.AsNoTracking().Where(r => branchIds.Contains(r.OrganizationId)).ToDictionaryAsync(r => r.OrganizationId, r => r.Titles, ct);
        var sessions = (await events.HeadcountsAsync(new EventQuery(StudyRule.Source) { OrganizationIds = branchIds, From = from, To = to }, ct)).ToLookup(e => e.OrganizationId);
        var attended = await PartySpiritService.EventsAttendedAsync(events, rules, null, ct);
        var analysed = (await db.PartySpiritAnalyses.Where(a => a.Year == rules.Year).Select(a => a.PersonId).ToListAsync(ct)).ToHashSet();
        var rounds = await RoundsAsync(rules, branchIds, ct);
        var (reported, onTime) = await HandedInAsync(rules, ct);

        return [.. branches.Select(branch =>
        {
            var members = membersOf[branch.Id].ToList();
            var plans = members.Select(m => PersonalPlanRule.StateOf(rules, planDays.TryGetValue(m, out var day) ? day : null, today)).ToList();
            var given = givenTo[branch.Id].ToList();
            var byAuthor = given.ToDictionary(s => s.AuthorPersonId, s => s.Given);
            var held = sessions[branch.Id].ToList();
            var titles = readingLists.TryGetValue(branch.Id, out var own) ? own : [.. StudyRule.DocumentReadings];
            return new BranchOverview(branch.Id, branch.Name, members.Count,
                members.Count(planDays.ContainsKey), plans.Count(s => s == DueState.Late), plans.Count(s => s == DueState.Missed),
                members.Count(m => SuggestionRule.Met(rules, byAuthor.GetValueOrDefault(m))), given.Sum(s => s.Given), given.Sum(s => s.Answered),
                held.Sum(e => e.Attended), held.Sum(e => e.Expected), titles.Count(t => held.Any(e => e.Tags.Contains(t))), titles.Count,
                members.Count(m => PartySpiritRule.Reached(rules, attended.GetValueOrDefault(m))), members.Count(analysed.Contains),
                rounds.GetValueOrDefault(branch.Id),
                members.Count(reported.Contains),
                members.Count(m => ReadingNoteRule.Minimum(rules, NoteKind.ReadingNote) <= onTime.GetValueOrDefault((m, NoteKind.ReadingNote))
                                   && ReadingNoteRule.Minimum(rules, NoteKind.Reflection) <= onTime.GetValueOrDefault((m, NoteKind.Reflection))));
        })];
    }

    /// <summary>
    /// The texts the overview counts, in one round trip: who handed in a year-end report, and per member how many notes of
    /// each kind they handed in on time (<see cref="ReadingNoteRule.OnTimeTexts"/>).
    /// </summary>
    private async Task<(HashSet<long> Reported, Dictionary<(long Author, NoteKind Kind), int> OnTime)> HandedInAsync(InstituteRules rules, CancellationToken ct)
    {
        var kinds = Enum.GetValues<NoteKind>();
        var counts = await texts.CountEachAsync([new CountedTextQuery(SummaryRule.MemberReport) { From = rules.Start, To = rules.Start },
            .. kinds.Select(kind => ReadingNoteRule.OnTimeTexts(rules, kind, campaign.Jurisdiction.TimeZone))], ct);
        var reported = counts[0].Keys.ToHashSet();
        var onTime = kinds.Zip(counts.Skip(1)).SelectMany(k => k.Second.Select(author => (Key: (author.Key, k.First), Texts: author.Value)))
            .ToDictionary(t => t.Key, t => t.Texts);
        return (reported, onTime);
    }

    /// <summary>
    /// Each branch's last opened round of the year in the rules' order (半年 before 年终), as the evaluation page lists them:
    /// a closed round's fixed results counted in the database, in the statement that reads the rounds; an open one's live
    /// lines (the SDK's tallies) as the evaluation service computes them.
    /// </summary>
    private async Task<Dictionary<long, DashboardRound>> RoundsAsync(InstituteRules rules, List<long> branchIds, CancellationToken ct)
    {
        var periods = EvaluationRule.Rounds(rules).Select(r => r.Period).ToList();
        var fixedCounts = db.EvaluationResults.Where(r => r.Year == rules.Year && branchIds.Contains(r.OrganizationId))
            .GroupBy(r => new { r.OrganizationId, r.Period })
            .Select(g => new { g.Key.OrganizationId, g.Key.Period, Lines = g.Count(), Graded = g.Count(r => r.Grade != null) });
        var rounds = await (from round in db.EvaluationRounds.AsNoTracking().Where(r => r.Year == rules.Year && branchIds.Contains(r.OrganizationId))
                            join c in fixedCounts on new { round.OrganizationId, round.Period } equals new { c.OrganizationId, c.Period } into counted
                            from c in counted.DefaultIfEmpty()
                            select new { Round = round, Lines = (int?)c!.Lines ?? 0, Graded = (int?)c!.Graded ?? 0 }) // none for a round without results
            .ToListAsync(ct);
        var result = new Dictionary<long, DashboardRound>();
        foreach (var last in rounds.Where(r => periods.Contains(r.Round.Period)).GroupBy(r => r.Round.OrganizationId)
                     .Select(g => g.MaxBy(r => periods.IndexOf(r.Round.Period))!))
        {
            var round = last.Round;
            var (lines, graded) = round.Closed ? (last.Lines, last.Graded) : await evaluation.LiveCountsAsync(round, rules, ct);
            result[round.OrganizationId] = new DashboardRound(round.Period, EvaluationRule.PeriodName(round.Period).ToString(), round.Closed, graded, lines);
        }
        return result;
    }
}
