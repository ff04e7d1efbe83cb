using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>Notes and hours of one member over a date range.</summary>
public sealed class MemberNoteCount
{
    public long PersonId { get; set; }
    /// <summary>Days that count: a note of dailyNote.minChars (the SDK refuses shorter ones) and dailyNote.studyHours studied.</summary>
    public int Notes { get; set; }
    public decimal Hours { get; set; }
    /// <summary>Days written but short on time (hours below dailyNote.studyHours): not counted in <see cref="Notes"/>.</summary>
    public int Short { get; set; }
}

public sealed class ShortCount
{
    public long PersonId { get; set; }
    public DateOnly Month { get; set; }
    public int Days { get; set; }
    public int OnAsOf { get; set; }
}

/// <summary>Notes of an organization's members written for days of one month (and how many of them for asOf itself).</summary>
public sealed class OrganizationMonthCount
{
    public long OrganizationId { get; set; }
    public int Month { get; set; }
    public int Notes { get; set; }
    public int OnAsOf { get; set; }
}

/// <summary>
/// The counts every page and the dashboard need, aggregated in PostgreSQL: whole months come from
/// <c>note_month_counts</c> (kept by triggers), the ragged ends of a range from <c>note_days</c>, so a
/// banner's year is ~12 rows per member rather than 365.
/// </summary>
public sealed class NoteFigures(SixOnesDbContext db, SixOnesCampaign campaign)
{
    // [from, to] = [from, fullFrom) days + [fullFrom, fullTo) whole months + [fullTo, to] days.
    private static (DateOnly FullFrom, DateOnly FullTo) WholeMonths(DateOnly from, DateOnly to)
    {
        var fullFrom = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var after = to.AddDays(1);
        var fullTo = new DateOnly(after.Year, after.Month, 1);
        return fullFrom < fullTo ? (fullFrom, fullTo) : (after, after); // no whole month: all days
    }

    /// <summary>Per member of <paramref name="personIds"/>: notes and hours for days in [from, to].</summary>
    public async Task<Dictionary<long, MemberNoteCount>> PerMemberAsync(IReadOnlyCollection<long> personIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (personIds.Count == 0 || from > to) return [];
        var (fullFrom, fullTo) = WholeMonths(from, to);
        var j = campaign.Jurisdiction.Id;
        var persons = personIds.ToArray();
        var dayTo = fullFrom > to ? to : fullFrom.AddDays(-1);
        var rows = await db.Database.SqlQuery<MemberNoteCount>($"""
            select x.person_id as "PersonId", sum(x.notes)::int as "Notes", coalesce(sum(x.hours), 0) as "Hours", 0 as "Short"
              from (
                select person_id, notes, hours from six_ones.note_month_counts
                 where jurisdiction_id = {j} and month >= {fullFrom} and month < {fullTo} and person_id = any({persons})
                union all
                select person_id, 1, hours from six_ones.note_days
                 where jurisdiction_id = {j} and person_id = any({persons})
                   and (day between {from} and {dayTo} or (day >= {fullTo} and day <= {to}))
              ) x
             group by x.person_id
            """).ToListAsync(ct);
        var counts = rows.ToDictionary(r => r.PersonId);
        // A day counts when both hold (每日自主学习一小时，并做不少于300字的学习笔记): the short days are few, read from the day rows.
        foreach (var s in await ShortDaysAsync(persons, from, to, to, ct))
        {
            if (!counts.TryGetValue(s.PersonId, out var c)) counts[s.PersonId] = c = new MemberNoteCount { PersonId = s.PersonId };
            c.Short += s.Days;
            c.Notes -= s.Days;
        }
        return counts;
    }

    /// <summary>Per member and month: notes of [from, to] with fewer hours than dailyNote.studyHours (and how many on asOf).</summary>
    private async Task<List<ShortCount>> ShortDaysAsync(long[] persons, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct)
    {
        // hours < studyHours as whole hundredths (migration 1600: an integer compares leakproof under the jurisdiction wall,
        // so the index serves): for an integer c, c < x exactly when c < ⌈x⌉.
        var underHundredths = (int)Math.Ceiling((await campaign.RulesAsync(ct)).DailyStudyHours * 100);
        var j = campaign.Jurisdiction.Id;
        return await db.Database.SqlQuery<ShortCount>($"""
            select person_id as "PersonId", date_trunc('month', day)::date as "Month", count(*)::int as "Days", count(*) filter (where day = {asOf})::int as "OnAsOf"
              from six_ones.note_days
             where jurisdiction_id = {j} and person_id = any({persons}) and day between {from} and {to} and hours_x100 < {underHundredths}
             group by 1, 2
            """).ToListAsync(ct);
    }

    /// <summary>
    /// Per organization (members mapped by <paramref name="members"/>) and month: notes for days from
    /// <paramref name="from"/> to <paramref name="asOf"/>, and how many are for <paramref name="asOf"/> itself.
    /// </summary>
    public async Task<IReadOnlyList<OrganizationMonthCount>> PerOrganizationMonthAsync(
        IReadOnlyList<(long PersonId, long OrganizationId)> members, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        // Notes that count: the days short on time (hours under dailyNote.studyHours) taken off.
        var all = await AllPerOrganizationMonthAsync(members, from, asOf, ct);
        if (members.Count == 0 || from > asOf) return all;
        var orgOf = members.ToDictionary(m => m.PersonId, m => m.OrganizationId);
        var shortDays = (await ShortDaysAsync([.. members.Select(m => m.PersonId)], from, asOf, asOf, ct))
            .GroupBy(s => (Org: orgOf[s.PersonId], s.Month.Month)).ToDictionary(g => g.Key, g => (Days: g.Sum(s => s.Days), OnAsOf: g.Sum(s => s.OnAsOf)));
        foreach (var row in all)
            if (shortDays.TryGetValue((row.OrganizationId, row.Month), out var s)) { row.Notes -= s.Days; row.OnAsOf -= s.OnAsOf; }
        return all;
    }

    private async Task<IReadOnlyList<OrganizationMonthCount>> AllPerOrganizationMonthAsync(
        IReadOnlyList<(long PersonId, long OrganizationId)> members, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        if (members.Count == 0 || from > asOf) return [];
        var (fullFrom, fullTo) = WholeMonths(from, asOf);
        var j = campaign.Jurisdiction.Id;
        var persons = members.Select(m => m.PersonId).ToArray();
        var orgs = members.Select(m => m.OrganizationId).ToArray();
        var dayTo = fullFrom > asOf ? asOf : fullFrom.AddDays(-1);
        return await db.Database.SqlQuery<OrganizationMonthCount>($"""
            with m as (select * from unnest({persons}, {orgs}) as m(person_id, organization_id)),
            x as (
                select person_id, month, notes, 0 as on_as_of from six_ones.note_month_counts
                 where jurisdiction_id = {j} and month >= {fullFrom} and month < {fullTo}
                union all
                select person_id, date_trunc('month', day)::date, count(*)::int, count(*) filter (where day = {asOf})::int from six_ones.note_days
                 where jurisdiction_id = {j} and (day between {from} and {dayTo} or (day >= {fullTo} and day <= {asOf}))
                 group by 1, 2
            )
            select m.organization_id as "OrganizationId", extract(month from x.month)::int as "Month",
                   sum(x.notes)::int as "Notes", sum(x.on_as_of)::int as "OnAsOf"
              from x join m on m.person_id = x.person_id
             group by 1, 2
            """).ToListAsync(ct);
    }
}
