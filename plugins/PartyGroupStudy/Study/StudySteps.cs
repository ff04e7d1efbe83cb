using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Study;

/// <summary>One stretch of a member's study: the day, the hours and the kind (null: self-study).</summary>
public sealed record Studied(long PersonId, DateOnly Day, decimal Hours, StudyKind? Kind);

/// <summary>
/// 四(一)1–2: the party group holds its mobilization meeting by stage 1's end (the document gives no day: the stage's
/// last day; done the day it was held), and every member studies at least the minimum hours by then (done the day the
/// running total reached it, <see cref="StudyRule.MetOn"/>).
/// </summary>
public sealed class StudySteps(ICampaignEvents events, ICountedTexts texts) : IPlanSteps
{
    public static readonly ObligationType Mobilization = new("party-group-study.mobilization", new("召开动员大会", "Hold the mobilization meeting"));
    public static readonly ObligationType Hours = new("party-group-study.study-hours", new("学习培训不少于40小时", "Study at least 40 hours"));

    public IReadOnlyList<ObligationType> Types { get; } = [Mobilization, Hours];

    /// <summary>The stage's events, mobilization meeting included, earliest first.</summary>
    public async Task<IReadOnlyList<CampaignEvent>> EventsAsync(PartyGroupRules rules, CancellationToken ct) =>
        [.. (await events.ListAsync(new EventQuery(StudyRule.Source) { From = rules.Study.Start, To = rules.Study.End }, ct)).OrderBy(e => e.HeldOn).ThenBy(e => e.Id)];

    /// <summary>The self-study entries of stage 1, by day; <paramref name="withoutBody"/> for figures (hours and days only, the texts left in the database).</summary>
    public async Task<IReadOnlyList<CountedTextInfo>> SelfStudyAsync(PartyGroupRules rules, long? personId, CancellationToken ct, bool withoutBody = false) =>
        await texts.ListAsync(new CountedTextQuery(StudyRule.SelfStudy) { AuthorPersonId = personId, From = rules.Study.Start, To = rules.Study.End, WithoutBody = withoutBody }, ct);

    /// <summary>Every stretch of study within stage 1: attended events (a member's own hours when given) and self-study.</summary>
    public static IEnumerable<Studied> StudiedFrom(IReadOnlyList<CampaignEvent> held, IReadOnlyList<CountedTextInfo> selfStudy) =>
        (from e in held
         let kind = StudyService.KindOf(e)
         where StudyRule.CountsAsStudy(kind)
         from a in e.Attendance
         where a.Attended
         select new Studied(a.PersonId, e.HeldOn, a.Hours ?? e.Hours, kind))
        .Concat(selfStudy.Select(t => new Studied(t.AuthorPersonId, t.PeriodDate, t.Hours ?? 0m, null)));

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var held = await EventsAsync(rules, ct);
        var studied = StudiedFrom(held, await SelfStudyAsync(rules, null, ct, withoutBody: true)).ToLookup(s => s.PersonId);
        var meeting = held.FirstOrDefault(e => StudyService.KindOf(e) == StudyKind.Mobilization);
        var steps = new List<PlanStep>
        {
            new(Mobilization.Key, 1, Mobilization.Name, null, rules.Study.End, meeting?.HeldOn,
                meeting is null ? Text.Of("尚未召开", "Not held yet") : Text.Of($"{meeting.HeldOn:yyyy-MM-dd} 召开，到会 {meeting.Attended} / {meeting.Expected} 人", $"Held {meeting.HeldOn:yyyy-MM-dd}, {meeting.Attended} of {meeting.Expected} there"),
                null, "/Study"),
        };
        foreach (var p in participants)
        {
            var mine = studied[p.PersonId].ToList();
            steps.Add(new PlanStep(Hours.Key, 1, Hours.Name, p.PersonId, rules.Study.End, StudyRule.MetOn(rules, mine.Select(s => (s.Day, s.Hours))),
                Text.Of($"{mine.Sum(s => s.Hours):0.##} / {rules.MinStudyHours:0.##} 小时", $"{mine.Sum(s => s.Hours):0.##} of {rules.MinStudyHours:0.##} hours"), FiveLead.Study, "/Study"));
        }
        return steps;
    }
}
