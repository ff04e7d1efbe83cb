using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Dedication;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Oversight;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Study;
using Modular.Plugins.InstituteBranchPlan.Suggestions;
using Modular.Plugins.InstituteBranchPlan.Summary;

namespace Modular.Plugins.InstituteBranchPlan.Assessment;

/// <summary>
/// 年度考核: one member's year gathered from the items' own services — the member reads their own (through the items'
/// “mine” views), those who see a branch read any of its members (through the items' branch views). Anyone else asking
/// for a member is told there is no such member (404), so nothing is revealed.
/// </summary>
public sealed class AssessmentService(PersonalPlanService plans, StudyService study, ReadingNoteService notes, SuggestionService suggestions,
    PartySpiritService partySpirit, DedicationService dedication, EvaluationService evaluation, CommendationService commendation,
    SummaryService summary, IRectifications rectifications, IRoster roster, IOrganizationDirectory directory, ICurrentUser user,
    BranchOffice office, InstituteBranchPlanCampaign campaign)
{
    private static string NoMember(long id) => Text.Of($"没有编号为 {id} 的党员。", $"There is no member {id}.");
    private static string NotOnRoster => Text.Of("您的账号未关联党员名册。", "Your account is not linked to the roster.");

    /// <summary>The signed-in member's own assessment (404 without a roster entry in a branch).</summary>
    public async Task<Result<MemberAssessment>> MineAsync(CancellationToken ct) =>
        await user.PersonIdAsync(ct) is { } me ? await ForAsync(me, ct) : Refuse.NotFound(NotOnRoster);

    /// <summary>A member's assessment: one's own, or any member of a branch the user sees; else 404.</summary>
    public async Task<Result<MemberAssessment>> ForAsync(long personId, CancellationToken ct)
    {
        if (await roster.FindAsync(personId, ct) is not { } person || BranchOffice.BranchOf(await directory.TreeAsync(ct), person.OrganizationId) is not { } branch)
            return Refuse.NotFound(NoMember(personId));
        if (await office.MaySeeAsync(branch.Id, ct))
            return (await BranchesAsync([branch], ct)).FirstOrDefault(a => a.PersonId == personId) is { } seen ? Result.Ok(seen) : Refuse.NotFound(NoMember(personId));
        if (await user.PersonIdAsync(ct) != personId) return Refuse.NotFound(NoMember(personId));
        return await OwnAsync(person, branch, ct) is { } own ? Result.Ok(own) : Refuse.NotFound(NoMember(personId));
    }

    /// <summary>The members the user may open: every member of each branch they see (empty for a plain member).</summary>
    public async Task<IReadOnlyList<AssessableMember>> MembersAsync(CancellationToken ct)
    {
        var branches = await office.BranchesSeenAsync(ct);
        var membersOf = await office.MembersOfAsync(branches, ct);
        return [.. branches.SelectMany(b => membersOf[b.Id].OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new AssessableMember(m.Id, m.Name, b.Id, b.Name)))];
    }

    /// <summary>Every member of every branch the user sees (the ledger).</summary>
    public async Task<IReadOnlyList<MemberAssessment>> AllSeenAsync(CancellationToken ct) => await BranchesAsync(await office.BranchesSeenAsync(ct), ct);

    /// <summary>The branches' members through the items' branch views (each read once), in the branches' order and by name.</summary>
    private async Task<IReadOnlyList<MemberAssessment>> BranchesAsync(IReadOnlyList<OrganizationInfo> branches, CancellationToken ct)
    {
        if (branches.Count == 0) return [];
        var rules = await campaign.RulesAsync(ct);
        var ids = branches.Select(b => b.Id).ToHashSet();
        var planBranches = (await plans.BranchesAsync(ct)).Where(b => ids.Contains(b.BranchId)).ToList();
        var studies = (await study.BranchesAsync(ct)).ToDictionary(b => b.BranchId);
        var noteCounts = (await notes.BranchesAsync(ct)).SelectMany(b => b.Members).DistinctBy(m => m.PersonId).ToDictionary(m => m.PersonId);
        var given = (await suggestions.BranchesAsync(ct)).SelectMany(b => b.Members).DistinctBy(m => m.PersonId).ToDictionary(m => m.PersonId);
        var spirit = (await partySpirit.BranchesAsync(ct)).SelectMany(b => b.Lines).DistinctBy(l => l.PersonId).ToDictionary(l => l.PersonId);
        var contests = await dedication.ContestsAsync(ct);
        var posts = await dedication.PostsAsync(ct);
        var rounds = await evaluation.BranchesAsync(ct);
        var reports = (await summary.BranchReportsAsync(ct)).SelectMany(b => b.Lines).DistinctBy(l => l.PersonId).ToDictionary(l => l.PersonId);
        var honors = await commendation.HonorsAsync(ct);
        var result = new List<MemberAssessment>();
        foreach (var b in planBranches)
        {
            var fixes = await rectifications.ListAsync(new RectificationQuery(OversightRule.Kind) { OrganizationId = b.BranchId }, ct);
            var branchStudy = studies.GetValueOrDefault(b.BranchId);
            foreach (var line in b.Lines)
            {
                var id = line.PersonId;
                var st = branchStudy?.Members.FirstOrDefault(m => m.PersonId == id);
                var facts = new AssessmentFacts(line,
                    new StudyFacts(st?.Attended ?? 0, st?.Missed ?? 0, st?.Hours ?? 0, st?.ReadingsCovered ?? 0, branchStudy?.ReadingList.Titles.Count ?? 0),
                    noteCounts[id], given.GetValueOrDefault(id)?.Given ?? 0, given.GetValueOrDefault(id)?.Answered ?? 0, spirit[id],
                    EntriesOf(contests.Where(c => c.BranchId == b.BranchId).SelectMany(c => c.Contests), id), [.. posts.Where(p => p.PersonId == id)],
                    [.. EvaluationRule.Rounds(rules).Select(r => rounds.FirstOrDefault(v => v.BranchId == b.BranchId && v.Period == r.Period) is { } v
                        ? new RoundFacts(r.Period, r.Closes, v.Opened, v.Closed, v.Lines.FirstOrDefault(l => l.PersonId == id))
                        : new RoundFacts(r.Period, r.Closes, false, false, null))],
                    reports[id], HonorsOf(honors, id), [.. fixes.Where(f => f.LeadPersonId == id)]);
                result.Add(AssessmentSheet.Write(rules, campaign.Today, id, line.Name, b.BranchId, b.Branch, facts));
            }
        }
        return result;
    }

    /// <summary>The signed-in member's own year through the items' “mine” views (the branch views are not theirs to read).</summary>
    private async Task<MemberAssessment?> OwnAsync(PersonInfo person, OrganizationInfo branch, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        if (await plans.MineAsync(ct) is not { } plan || await notes.MineAsync(ct) is not { } myNotes || await partySpirit.MineAsync(ct) is not { } spirit
            || await summary.MyReportAsync(ct) is not { } report)
            return null;
        var myStudy = await study.MineAsync(ct);
        var given = await suggestions.MineAsync(ct);
        var myRounds = await evaluation.MineAsync(ct);
        var contests = (await dedication.ContestsAsync(ct)).Where(c => c.BranchId == branch.Id).SelectMany(c => c.Contests);
        var fixes = await rectifications.ListAsync(new RectificationQuery(OversightRule.Kind) { OrganizationId = branch.Id }, ct);
        var attended = myStudy?.Attended ?? 0;
        var facts = new AssessmentFacts(plan,
            new StudyFacts(attended, (myStudy?.Sessions.Count ?? 0) - attended,
                myStudy?.Sessions.Where(s => s.Attendance.Any(a => a.PersonId == person.Id && a.Attended)).Sum(s => s.ActualHours) ?? 0,
                myStudy?.Covered.Count ?? 0, myStudy?.RequiredReadings.Count ?? 0),
            myNotes.Counts, given.Count, given.Count(s => s.Answered), spirit, EntriesOf(contests, person.Id),
            [.. (await dedication.PostsAsync(ct)).Where(p => p.PersonId == person.Id)],
            [.. EvaluationRule.Rounds(rules).Select(r => myRounds.FirstOrDefault(m => m.Period == r.Period) is { } m
                ? new RoundFacts(r.Period, r.Closes, true, m.Closed, m.Mine)
                : new RoundFacts(r.Period, r.Closes, false, false, null))],
            report, HonorsOf(await commendation.HonorsAsync(ct), person.Id), [.. fixes.Where(f => f.LeadPersonId == person.Id)]);
        return AssessmentSheet.Write(rules, campaign.Today, person.Id, person.Name, branch.Id, branch.Name, facts);
    }

    private static IReadOnlyList<(ContestView, EntryView)> EntriesOf(IEnumerable<ContestView> contests, long personId) =>
        [.. contests.SelectMany(c => c.Entries.Where(e => e.PersonId == personId).Select(e => (c, e)))];

    private static IReadOnlyList<HonorView> HonorsOf(IEnumerable<HonorView> honors, long personId) =>
        [.. honors.Where(h => h.Kind == HonorKind.Individual && h.PersonId == personId)];
}
