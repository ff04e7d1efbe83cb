using System.Runtime.CompilerServices;

using Modular.Plugins.InstituteBranchPlan.Common;

namespace Modular.Plugins.InstituteBranchPlan.Summary;

/// <summary>
/// By the summary day every branch owes its finalized summary and every member their report (<see cref="InstituteRules.SummaryDue"/>),
/// for the host's calendars, reminders and compliance.
/// </summary>
public sealed class SummaryObligations(InstituteBranchPlanCampaign campaign, IRoster roster, IOrganizationDirectory directory, IVersionedDocuments documents,
    ICountedTexts texts) : IObligationProvider
{
    public static readonly ObligationType BranchSummary = new("institute-branch-plan.branch-summary", new("党支部年度总结", "The branch's year-end summary"));
    public static readonly ObligationType MemberReport = new("institute-branch-plan.member-report", new("党员个人总结", "A member's year-end report"));

    public IReadOnlyList<ObligationType> Types { get; } = [BranchSummary, MemberReport];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        return new ObligationSpan(rules.SummaryDue, rules.SummaryDue);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        if (rules.SummaryDue < from || rules.SummaryDue > to) yield break;
        await foreach (var due in BranchDocuments.DuesAsync(SummaryRule.BranchSummaryDocument, rules, documents, directory, cancellationToken))
            yield return due;
        var reports = (await texts.ListAsync(new CountedTextQuery(SummaryRule.MemberReport) { From = rules.Start, To = rules.Start, WithoutBody = true }, cancellationToken)).ToDictionary(r => r.AuthorPersonId);
        foreach (var member in await roster.MembersAsync(new RosterQuery(), cancellationToken))
        {
            var due = new ObligationDue(MemberReport.Key, ObligedKind.Person, member.Id, rules.Start, rules.SummaryDue);
            yield return reports.TryGetValue(member.Id, out var report) ? due with { MetAt = report.SubmittedAt, RecordRef = $"member-report:{report.Id}" } : due;
        }
    }
}
