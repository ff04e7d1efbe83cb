using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>
/// Item 6 on the dashboards. Per organization (its own members): expected = its members once the contest day
/// has come (the earliest published contest of the year, else the setting <c>contest.date</c>); done = members who
/// took part; overdue = members who did not, once every published contest's window has closed before that day.
/// </summary>
public sealed class ContestItem(SixOnesDbContext db, SixOnesCampaign campaign, IRoster roster) : ISixOnesItem
{
    public const string MemberPage = "/Contest/Index";

    public int Number => 6;

    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken cancellationToken)
    {
        var zone = campaign.Jurisdiction.TimeZone;
        var contests = await PublishedAsync(rules, cancellationToken);
        var contestDay = contests.Count > 0 ? contests.Min(c => c.Date) : rules.ContestDate;
        var ids = contests.Select(c => c.Id).ToList();
        var endOfAsOf = ContestCalendar.StartOfDay(asOf.AddDays(1), zone);
        var firstAttempt = (await db.Attempts.AsNoTracking().Where(a => ids.Contains(a.ContestId) && a.StartedAt < endOfAsOf)
                .Select(a => new { a.PersonId, a.StartedAt }).ToListAsync(cancellationToken))
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => ContestCalendar.ToLocal(g.Min(a => a.StartedAt), zone));
        var allClosed = contests.Count > 0 && contests.All(c => c.ClosesAt <= ContestCalendar.StartOfDay(asOf, zone));
        var members = await roster.MembersAsync(new RosterQuery { IncludeOutgoing = false }, cancellationToken);

        return [.. members.GroupBy(m => m.OrganizationId).Select(g =>
        {
            var took = g.Where(m => firstAttempt.ContainsKey(m.Id)).ToList();
            var months = new int[12];
            foreach (var m in took)
                if (firstAttempt[m.Id].Year == rules.Year) months[firstAttempt[m.Id].Month - 1]++;
            var expected = asOf >= contestDay ? g.Count() : took.Count;
            return new OrganizationProgress(g.Key, expected, took.Count, allClosed ? g.Count() - took.Count : 0, months);
        })];
    }

    public async Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken cancellationToken)
    {
        var zone = campaign.Jurisdiction.TimeZone;
        var now = campaign.Now;
        var contests = await PublishedAsync(rules, cancellationToken);
        var ids = contests.Select(c => c.Id).ToList();
        var attempt = await db.Attempts.AsNoTracking().Where(a => ids.Contains(a.ContestId) && a.PersonId == member.Id)
            .OrderByDescending(a => a.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (attempt is not null)
        {
            var contest = contests.First(c => c.Id == attempt.ContestId);
            if (Answering.StateOf(attempt, now) == AttemptState.Answering)
                return new(Number, DueState.Pending, Text.Of($"《{contest.Title}》答题中，{ContestCalendar.Say(attempt.DeadlineAt, zone)} 截止", $"Answering “{contest.Title}” until {ContestCalendar.Say(attempt.DeadlineAt, zone)}"), contest.Date, MemberPage);
            var total = await db.Papers.Where(p => p.ContestId == contest.Id).SumAsync(p => p.Points, cancellationToken);
            return new(Number, DueState.Done, Text.Of($"《{contest.Title}》得分 {attempt.Score}/{total}，用时 {ContestLedgers.Duration(Answering.SecondsUsed(attempt))}", $"“{contest.Title}”: {attempt.Score}/{total} in {ContestLedgers.SayDuration(Answering.SecondsUsed(attempt))}"), null, MemberPage);
        }
        if (contests.Where(c => c.ClosesAt > now).OrderBy(c => c.OpensAt).FirstOrDefault() is { } next)
        {
            var window = Text.Of($"{ContestCalendar.Say(next.OpensAt, zone)}—{ContestCalendar.Say(next.ClosesAt, zone)}，限时{next.Minutes}分钟",
                $"{ContestCalendar.Say(next.OpensAt, zone)}–{ContestCalendar.Say(next.ClosesAt, zone)}, {next.Minutes} minutes");
            return now >= next.OpensAt
                ? new(Number, DueState.Pending, Text.Of($"《{next.Title}》正在开放答题：{window}", $"“{next.Title}” is open: {window}"), next.Date, MemberPage)
                : new(Number, DueState.NotDue, Text.Of($"《{next.Title}》{ContestCalendar.Label(next.Date)}（{next.Date:M月d日}）举行，答题时间 {window}", $"“{next.Title}” is held {(ContestCalendar.IsEndOfJune(next.Date) ? "at the end of June" : "on")} ({SixOnesDates.Day(next.Date)}), window {window}"), next.Date, MemberPage);
        }
        if (contests.Count > 0)
            return new(Number, DueState.Missed, Text.Of($"未参加《{contests[^1].Title}》（已于 {ContestCalendar.Say(contests[^1].ClosesAt, zone)} 结束）", $"Did not take “{contests[^1].Title}” (closed at {ContestCalendar.Say(contests[^1].ClosesAt, zone)})"), null, MemberPage);
        // Nothing published: the member owes nothing yet, however late the organization department is.
        return today > rules.ContestDate
            ? new(Number, DueState.NotDue, Text.Of($"旗委组织部尚未发布党的知识竞赛（原定{ContestCalendar.Label(rules.ContestDate)}，{rules.ContestDate:M月d日}）", $"The organization department has not published the knowledge contest yet (planned for {SixOnesDates.Day(rules.ContestDate)})"), null, MemberPage)
            : new(Number, DueState.NotDue, Text.Of($"旗委组织部拟于{ContestCalendar.Label(rules.ContestDate)}（{rules.ContestDate:M月d日}）举办党的知识竞赛", $"The organization department plans the knowledge contest for {SixOnesDates.Day(rules.ContestDate)}"), rules.ContestDate, MemberPage);
    }

    private async Task<List<KnowledgeContest>> PublishedAsync(SixOnesRules rules, CancellationToken ct) =>
        await db.Contests.AsNoTracking().Where(c => c.PublishedAt != null && c.Date.Year == rules.Year).OrderBy(c => c.Date).ThenBy(c => c.Id).ToListAsync(ct);
}
