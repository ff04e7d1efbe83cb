using System.Runtime.CompilerServices;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>Each leading cadre owes one research report in the campaign year, due on report.due (12-31), met when the office accepts it; the period runs from the campaign's start.</summary>
public sealed class ResearchReportObligations(IRoster roster, ICountedTexts texts, SixOnesCampaign campaign) : IObligationProvider
{
    public const string TypeKey = "six-ones.research-report";

    public IReadOnlyList<ObligationType> Types { get; } = [new(TypeKey, new("撰写一篇调研报告", "One research report"))];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        return new ObligationSpan(rules.ReportDue, rules.ReportDue);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        if (rules.CampaignStart > to || rules.ReportDue < from) yield break;
        var period = ResearchReports.PeriodDate(rules);
        var accepted = (await texts.ListAsync(new CountedTextQuery(ResearchReports.Kind) { From = period, To = period, WithoutBody = true }, ct))
            .Where(t => t.State == TextReviewState.Accepted).ToDictionary(t => t.AuthorPersonId);
        foreach (var cadre in await roster.MembersAsync(new RosterQuery { LeadingCadresOnly = true }, ct))
        {
            // Met when the office accepted the report, on that day; submitted and not yet accepted it is still owed.
            var text = accepted.GetValueOrDefault(cadre.Id);
            yield return new ObligationDue(TypeKey, ObligedKind.Person, cadre.Id, rules.CampaignStart, rules.ReportDue)
                { MetAt = text is null ? null : text.ReviewedAt ?? text.SubmittedAt, RecordRef = text is null ? null : FiledTexts.RecordRef(text) };
        }
    }
}
