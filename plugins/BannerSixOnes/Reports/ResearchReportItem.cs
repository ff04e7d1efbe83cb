using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>
/// Item 5 on the dashboards. Per organization, from the campaign's start: Expected = its leading cadres
/// (one report each this year); Done = reports the office accepted; Overdue = after report.due, not done.
/// The trend counts accepted reports by the month they were accepted.
/// </summary>
public sealed class ResearchReportItem(IRoster roster, ICountedTexts texts, SixOnesCampaign campaign) : ISixOnesItem
{
    public int Number => 5;

    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken ct)
    {
        var cadres = await roster.MembersAsync(new RosterQuery { LeadingCadresOnly = true }, ct);
        var filed = await FiledAsync(rules, null, ct);
        var zone = campaign.Jurisdiction.TimeZone;
        var started = asOf >= rules.CampaignStart;
        return [.. cadres.GroupBy(c => c.OrganizationId).Select(org =>
        {
            int expected = 0, done = 0, overdue = 0;
            var months = new int[12];
            foreach (var cadre in org)
            {
                var text = filed.GetValueOrDefault(cadre.Id);
                if (text is not null && LocalTimes.WallClock(text.ReviewedAt ?? text.SubmittedAt, zone) is var at && at.Year == rules.Year) months[at.Month - 1]++;
                if (!started) continue;
                expected++;
                if (text is not null) done++;
                else if (asOf > rules.ReportDue) overdue++;
            }
            return new OrganizationProgress(org.Key, expected, done, overdue, months);
        })];
    }

    public async Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken ct)
    {
        if (!member.IsLeadingCadre) return null;
        const string page = "/Reports/Index";
        var period = ResearchReports.PeriodDate(rules);
        var text = (await texts.ListAsync(new CountedTextQuery(ResearchReports.Kind) { AuthorPersonId = member.Id, From = period, To = period }, ct)).FirstOrDefault();
        if (text is { State: TextReviewState.Returned })
            return new(Number, today > rules.ReportDue ? DueState.Missed : DueState.Pending, Text.Of($"调研报告《{text.Title}》已退回修改：{text.ReviewComment}", $"Research report “{text.Title}” returned for changes: {text.ReviewComment}"), rules.ReportDue, page);
        if (text is { State: TextReviewState.Submitted or TextReviewState.Resubmitted })
            return new(Number, today > rules.ReportDue ? DueState.Missed : DueState.Pending, Text.Of($"调研报告《{text.Title}》已提交，待旗创先争优办评审（评审通过才算完成）", $"Research report “{text.Title}” submitted, awaiting the office's review (done once accepted)"), rules.ReportDue, page);
        if (text is not null)
            return new(Number, DueState.Done, Text.Of($"已提交调研报告《{text.Title}》（{ResearchReports.ReviewLabel(text.State)}）", $"Research report “{text.Title}” submitted ({ResearchReports.ReviewText(text.State)})"), null, page);
        if (today > rules.ReportDue)
            return new(Number, DueState.Missed, Text.Of($"调研报告未在{rules.ReportDue:M月d日}前提交（已逾期，仍可补交）", $"No research report by {SixOnesDates.Day(rules.ReportDue)} (late; it can still be submitted)"), rules.ReportDue, page);
        if (today < rules.CampaignStart)
            return new(Number, DueState.NotDue, Text.Of($"活动开始后深入基层开展专项调研，{rules.ReportDue:M月d日}前提交一篇调研报告", $"Once the campaign starts, research a subject at the grassroots and submit one report by {SixOnesDates.Day(rules.ReportDue)}"), rules.ReportDue, page);
        return new(Number, DueState.Pending, Text.Of($"深入基层开展专项调研，{rules.ReportDue:M月d日}前提交一篇调研报告", $"Research a subject at the grassroots and submit one report by {SixOnesDates.Day(rules.ReportDue)}"), rules.ReportDue, page);
    }

    private async Task<Dictionary<long, CountedTextInfo>> FiledAsync(SixOnesRules rules, long? author, CancellationToken ct)
    {
        var period = ResearchReports.PeriodDate(rules);
        return (await texts.ListAsync(new CountedTextQuery(ResearchReports.Kind) { AuthorPersonId = author, From = period, To = period, WithoutBody = true }, ct))
            .Where(t => t.State == TextReviewState.Accepted).ToDictionary(t => t.AuthorPersonId);
    }
}
