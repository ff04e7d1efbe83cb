using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.LifeMeeting;

namespace Modular.Plugins.PartyGroupStudy.PersonalReports;

/// <summary>
/// 四(二)1–2, per member: the analysis report final by stage 2's end (done the day it became final; 带头分析检查), and at
/// least one opinion on it collected before the life meeting (its day once recorded, else stage 2's end).
/// </summary>
public sealed class PersonalReportSteps(IVersionedDocuments documents, PartyGroupStudyDbContext db, LifeMeetingService meeting, PartyGroupStudyCampaign campaign) : IPlanSteps
{
    public static readonly ObligationType Report = new("party-group-study.personal-report", new("个人分析检查报告定稿", "Personal analysis report final"));
    public static readonly ObligationType Opinions = new("party-group-study.report-opinions", new("就个人分析检查报告征求意见", "Opinions sought on the personal report"));

    public IReadOnlyList<ObligationType> Types { get; } = [Report, Opinions];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var reports = (await documents.ListAsync(PersonalReportRule.Kind, cancellationToken: ct))
            .Where(d => d.OwnerPersonId is not null && d.Title.StartsWith(rules.PeriodKey + " ", StringComparison.Ordinal))
            .GroupBy(d => d.OwnerPersonId!.Value).ToDictionary(g => g.Key, g => g.Last());
        var opinions = (await db.ReportOpinions.Where(o => o.PeriodKey == rules.PeriodKey).Select(o => new { o.PersonId, o.ReceivedOn }).ToListAsync(ct))
            .ToLookup(o => o.PersonId, o => o.ReceivedOn);
        var opinionsDue = PersonalReportRule.OpinionsDue(rules, await meeting.HeldOnAsync(ct));
        var steps = new List<PlanStep>();
        foreach (var p in participants)
        {
            var report = reports.GetValueOrDefault(p.PersonId);
            DateOnly? finalOn = report?.FinalizedAt is { } at ? campaign.LocalDay(at) : null;
            steps.Add(new PlanStep(Report.Key, 2, Report.Name, p.PersonId, rules.Analysis.End, finalOn,
                report is null ? Text.Of("未起草", "Not drafted") : report.Final ? Text.Of($"第 {report.Version} 稿定稿", $"Final at version {report.Version}") : Text.Of($"第 {report.Version} 稿", $"Version {report.Version}"),
                FiveLead.Analysis, "/PersonalReports"));
            var received = opinions[p.PersonId].Order().ToList();
            steps.Add(new PlanStep(Opinions.Key, 2, Opinions.Name, p.PersonId, opinionsDue, received.Count > 0 ? received[0] : null,
                Text.Of($"{received.Count} 条意见", $"{received.Count} opinions"), null, "/PersonalReports"));
        }
        return steps;
    }
}
