using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>
/// Item 4 on the dashboards. Per organization: Expected = its leading cadres × the campaign quarters
/// whose due day is on or before asOf; Done = of those, notes filed and not returned; Overdue = past the
/// due day and not done. The trend counts notes by the month they were filed.
/// </summary>
public sealed class TheoryBookItem(IRoster roster, ICountedTexts texts, SixOnesCampaign campaign) : ISixOnesItem
{
    public int Number => 4;

    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken ct)
    {
        var quarters = BookQuarter.Of(rules);
        var cadres = await roster.MembersAsync(new RosterQuery { LeadingCadresOnly = true }, ct);
        var filed = await FiledAsync(rules, null, ct);
        var zone = campaign.Jurisdiction.TimeZone;
        return [.. cadres.GroupBy(c => c.OrganizationId).Select(org =>
        {
            int expected = 0, done = 0, overdue = 0;
            var months = new int[12];
            foreach (var cadre in org)
            {
                foreach (var q in quarters)
                {
                    var text = filed.GetValueOrDefault((cadre.Id, q.PeriodDate));
                    if (text is not null && LocalTimes.WallClock(text.SubmittedAt, zone) is var at && at.Year == rules.Year) months[at.Month - 1]++;
                    if (q.Due > asOf) continue;
                    expected++;
                    if (text is not null) done++;
                    else if (asOf > q.Due) overdue++;
                }
            }
            return new OrganizationProgress(org.Key, expected, done, overdue, months);
        })];
    }

    public async Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken ct)
    {
        if (!member.IsLeadingCadre) return null;
        var quarters = BookQuarter.Of(rules);
        var filed = await FiledAsync(rules, member.Id, ct);
        var missedPast = quarters.Where(q => q.Due < today && !filed.ContainsKey((member.Id, q.PeriodDate))).ToList();
        var current = BookQuarter.Containing(rules, today);
        var next = quarters.FirstOrDefault(q => q.Due >= today && !filed.ContainsKey((member.Id, q.PeriodDate)));
        const string page = "/Books/Index";
        if (missedPast.Count > 0)
            return new(Number, DueState.Missed, Text.Of($"{string.Join("、", missedPast.Select(q => q.Label))}的读书笔记未提交（已逾期，仍可补交）", $"No reading notes for {string.Join(", ", missedPast.Select(q => q.Quarter.Name))} (late; they can still be submitted)"), missedPast[0].Due, page);
        if (quarters.Count == 0 || today < quarters[0].Opens)
            return new(Number, DueState.NotDue, Text.Of($"活动自{rules.CampaignStart:M月d日}开始，每季度精读一本理论著作", $"From {SixOnesDates.Day(rules.CampaignStart)}, read one theory book closely every quarter"), quarters.FirstOrDefault()?.Due, page);
        if (current is not null && filed.TryGetValue((member.Id, current.PeriodDate), out var text))
            return new(Number, DueState.Done, Text.Of($"{current.Label}已提交《{text.Title}》读书笔记 {text.CharacterCount} 字", $"{current.Quarter.Name}: reading notes on “{text.Title}” submitted, {text.CharacterCount} characters"), next?.Due, page);
        if (current is not null)
            return new(Number, DueState.Pending, Text.Of($"{current.Label}请精读一本必读书目以外的理论著作，读书笔记不少于 {rules.TheoryBookMinChars} 字，{current.Due:M月d日}前提交",
                $"{current.Quarter.Name}: read a theory book beyond the required list and submit notes of at least {rules.TheoryBookMinChars} characters by {SixOnesDates.Day(current.Due)}"), current.Due, page);
        return new(Number, DueState.Done, Text.Of("活动期间各季度读书笔记均已提交", "Reading notes submitted for every quarter of the campaign"), null, page);
    }

    /// <summary>Notes that count (filed, not returned for rework) by (author, quarter's first day).</summary>
    private async Task<Dictionary<(long, DateOnly), CountedTextInfo>> FiledAsync(SixOnesRules rules, long? author, CancellationToken ct) =>
        (await texts.ListFiledAsync(new CountedTextQuery(TheoryBookNotes.Kind) { AuthorPersonId = author, From = new DateOnly(rules.Year, 1, 1), To = new DateOnly(rules.Year, 12, 31), WithoutBody = true }, ct))
            .ToDictionary(t => (t.AuthorPersonId, t.PeriodDate));
}
