using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.GroupReport;

/// <summary>
/// 四(二)3–4: each member comments on the group's report (“经全体党组成员充分讨论”), done the day of their first comment; the
/// group's own: the public evaluation held (the day it closed) and the final report submitted up, both by stage 2's end.
/// </summary>
public sealed class GroupReportSteps(IVersionedDocuments documents, PartyGroupStudyDbContext db, GroupOffice office, PartyGroupStudyCampaign campaign) : IPlanSteps
{
    public static readonly ObligationType Comment = new("party-group-study.group-report-comment", new("讨论党组分析检查报告", "Comment on the group's analysis report"));
    public static readonly ObligationType Evaluation = new("party-group-study.group-report-evaluation", new("组织群众评议党组分析检查报告", "Public evaluation of the group's report"));
    public static readonly ObligationType Submitted = new("party-group-study.group-report-submitted", new("党组分析检查报告报县委领导小组", "Group's report submitted to the county leading group"));

    public IReadOnlyList<ObligationType> Types { get; } = [Comment, Evaluation, Submitted];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var document = await office.GroupAsync(ct) is { } group ? await GroupReportService.OfTheYearAsync(documents, group.Id, rules, ct) : null;
        var comments = document is null ? [] : (await documents.CommentsAsync(document.Id, ct)).Where(c => c.PersonId is not null).ToList();
        var firstComment = comments.GroupBy(c => c.PersonId!.Value).ToDictionary(g => g.Key, g => campaign.LocalDay(g.Min(c => c.At)));
        var evaluation = await db.ReportEvaluations.SingleOrDefaultAsync(e => e.PeriodKey == rules.PeriodKey, ct);
        var end = rules.Analysis.End;
        var steps = participants.Select(p => new PlanStep(Comment.Key, 2, Comment.Name, p.PersonId, end, firstComment.TryGetValue(p.PersonId, out var on) ? on : null,
            Text.Of($"{comments.Count(c => c.PersonId == p.PersonId)} 条意见", $"{comments.Count(c => c.PersonId == p.PersonId)} comments"), FiveLead.Analysis, "/GroupReport")).ToList();
        steps.Add(new PlanStep(Evaluation.Key, 2, Evaluation.Name, null, end, evaluation?.ClosedOn,
            evaluation is null ? Text.Of("未组织", "Not opened") : evaluation.ClosedOn is null ? Text.Of("评议中", "Under way") : Text.Of("已结束", "Closed"), null, "/GroupReport"));
        steps.Add(new PlanStep(Submitted.Key, 2, Submitted.Name, null, end, document?.SubmittedAt is { } at ? campaign.LocalDay(at) : null,
            document is null ? Text.Of("未起草", "Not drafted") : document.SubmittedAt is not null ? Text.Of("已上报", "Submitted") : Text.Of($"第 {document.Version} 稿", $"Version {document.Version}"),
            null, "/GroupReport"));
        return steps;
    }
}
