using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>
/// Item 3 on the dashboards. Per organization (its own members): Expected = member-days due up to
/// asOf, Done = those with a note, Overdue = past days (before asOf) without one; DoneByMonth = notes
/// per month. A member sees whether today's note is written and this quarter's days.
/// </summary>
public sealed class DailyNotesItem(IRoster roster, NoteFigures figures, SixOnesDbContext db) : ISixOnesItem
{
    public int Number => 3;

    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken cancellationToken)
    {
        var daysDue = rules.DaysDueUpTo(asOf);
        var last = asOf < rules.CampaignEnd ? asOf : rules.CampaignEnd;
        // The roster's headcounts and the notes' counts are read at once: each module reads on its own connection.
        var headcounts = roster.HeadcountsAsync(new RosterQuery(), cancellationToken);
        var counted = daysDue == 0
            ? Task.FromResult<IReadOnlyDictionary<long, OrganizationNotes>>(new Dictionary<long, OrganizationNotes>())
            : figures.PerOrganizationMonthAsync(rules.CampaignStart, last, cancellationToken);
        await Task.WhenAll(headcounts, counted);
        var headcount = await headcounts;
        var notes = await counted;
        // asOf's own note is not late yet; once the campaign is over every day is past.
        var asOfDue = rules.IsDue(asOf) ? 1 : 0;
        return [.. headcount.Select(h =>
        {
            var (months, onAsOf) = notes.TryGetValue(h.Key, out var n) ? (n.ByMonth, n.OnAsOf) : (new int[12], 0);
            var expected = h.Value * daysDue;
            var done = months.Sum();
            var overdue = Math.Max(0, expected - h.Value * asOfDue - (done - (asOfDue == 1 ? onAsOf : 0)));
            return new OrganizationProgress(h.Key, expected, done, overdue, months);
        })];
    }

    public async Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken cancellationToken)
    {
        const string page = "/Notes/Index";
        if (today < rules.CampaignStart)
            return new(Number, DueState.NotDue, Text.Of($"每日学习笔记自 {rules.CampaignStart:M月d日} 起记。", $"Daily study notes start on {SixOnesDates.Day(rules.CampaignStart)}."), rules.CampaignStart, page);
        if (today > rules.CampaignEnd)
        {
            var year = (await figures.PerMemberAsync([member.Id], rules.CampaignStart, rules.CampaignEnd, cancellationToken)).GetValueOrDefault(member.Id)?.Notes ?? 0;
            var due = rules.DaysDueUpTo(rules.CampaignEnd);
            return new(Number, year >= due ? DueState.Done : DueState.Missed, Text.Of($"全年 {year}/{due} 天", $"{year}/{due} days in the year"), null, page);
        }
        var quarter = Quarter.Containing(today);
        var range = rules.DueDays(quarter)!.Value;
        var quarterDue = rules.DaysDueUpTo(quarter, today);
        var written = await db.NoteDays.Where(n => n.PersonId == member.Id && n.Day >= range.From && n.Day <= today).Select(n => n.Day).ToListAsync(cancellationToken);
        var todayDone = written.Contains(today);
        var missingPast = quarterDue - 1 - (written.Count - (todayDone ? 1 : 0));
        var state = missingPast > 0 ? DueState.Missed : todayDone ? DueState.Done : DueState.Pending;
        var next = todayDone ? (today < rules.CampaignEnd ? today.AddDays(1) : (DateOnly?)null) : today;
        var summary = Text.Of($"今日笔记{(todayDone ? "已完成" : "未完成")}；本季度 {written.Count}/{quarterDue} 天" + (quarterDue > written.Count ? $"，还差 {quarterDue - written.Count} 天" : ""),
            $"Today's note {(todayDone ? "written" : "not written")}; this quarter {written.Count}/{quarterDue} days" + (quarterDue > written.Count ? $", {quarterDue - written.Count} to go" : ""));
        return new(Number, state, summary, next, page);
    }
}
