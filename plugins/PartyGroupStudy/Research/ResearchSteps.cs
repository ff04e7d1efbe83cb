using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Research;

/// <summary>四(一)3: every member's research report accepted by stage 1's end; done the (local) day the office accepted it.</summary>
public sealed class ResearchSteps(PartyGroupStudyDbContext db, ICountedTexts texts, PartyGroupStudyCampaign campaign) : IPlanSteps
{
    public static readonly ObligationType Report = new("party-group-study.research-report", new("形成专题调研报告", "Write a research report"));

    public IReadOnlyList<ObligationType> Types { get; } = [Report];

    /// <summary>The research reports; <paramref name="withoutBody"/> for figures (state and review only, the texts left in the database).</summary>
    public async Task<IReadOnlyList<CountedTextInfo>> ReportsAsync(PartyGroupRules rules, long? personId, CancellationToken ct, bool withoutBody = false) =>
        await texts.ListAsync(new CountedTextQuery(ResearchRule.Report)
        {
            AuthorPersonId = personId, From = ResearchRule.ReportDay(rules), To = ResearchRule.ReportDay(rules), WithoutBody = withoutBody,
        }, ct);

    /// <summary>The day a report was accepted, in the jurisdiction's time; null until it is.</summary>
    public DateOnly? AcceptedOn(CountedTextInfo? report) =>
        report is { State: TextReviewState.Accepted, ReviewedAt: { } at } ? campaign.LocalDay(at) : null;

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var topics = (await db.ResearchTopics.Select(t => t.PersonId).ToListAsync(ct)).ToHashSet();
        var reports = (await ReportsAsync(rules, null, ct, withoutBody: true)).ToDictionary(r => r.AuthorPersonId);
        return [.. participants.Select(p =>
        {
            var report = reports.GetValueOrDefault(p.PersonId);
            return new PlanStep(Report.Key, 1, Report.Name, p.PersonId, rules.Study.End, AcceptedOn(report),
                ResearchRule.StageName(topics.Contains(p.PersonId), report?.State).ToString(), FiveLead.Research, "/Research");
        })];
    }
}
