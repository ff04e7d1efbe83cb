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
        var allClosed = contests.Count > 0 && contests.All(c => c.ClosesAt <= ContestCalendar.StartOfDay(asOf, zone));
        var headcounts = await roster.HeadcountsAsync(new RosterQuery { IncludeOutgoing = false }, cancellationToken);
        var took = (await TakersAsync(ids, endOfAsOf, LocalTimes.IanaId(zone), cancellationToken)).ToLookup(t => t.OrganizationId);

        return [.. headcounts.Select(h =>
        {
            var months = new int[12];
            foreach (var t in took[h.Key])
                if (t.Year == rules.Year) months[t.Month - 1] += t.People;
            var (members, done) = (h.Value, took[h.Key].Sum(t => t.People));
            var expected = asOf >= contestDay ? members : done;
            return new OrganizationProgress(h.Key, expected, done, allClosed ? members - done : 0, months);
        })];
    }

    private sealed record Takers(long OrganizationId, int Year, int Month, int People);

    // Members (not outgoing) who started one of the contests before the end, per organization and the banner's month of
    // their first start: one query over the attempts and the roster's members (roster.members, see RosterMember).
    private async Task<List<Takers>> TakersAsync(List<long> contestIds, DateTimeOffset before, string zone, CancellationToken ct)
    {
        var j = campaign.Jurisdiction.Id;
        return await db.Database.SqlQuery<Takers>($"""
            select m.organization_id as "OrganizationId", extract(year from f.first)::int as "Year", extract(month from f.first)::int as "Month",
                   count(*)::int as "People"
              from (select person_id, min(started_at) at time zone {zone} as first from six_ones.contest_attempts
                     where jurisdiction_id = {j} and contest_id = any({contestIds}) and started_at < {before}
                     group by person_id) f
              join roster.members m on m.jurisdiction_id = {j} and m.person_id = f.person_id and not m.is_outgoing
             group by 1, 2, 3
            """).ToListAsync(ct);
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
