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
    public int Days { get; set; }
}

/// <summary>Notes of an organization's members written for days of one month (and how many of them for asOf itself): a row as read.</summary>
public sealed class OrganizationMonthCount
{
    public long OrganizationId { get; set; }
    public int Month { get; set; }
    public int Notes { get; set; }
    public int OnAsOf { get; set; }
}

/// <summary>An organization's notes that count, per month of a range (January first), and how many of them are for its last day.</summary>
public sealed class OrganizationNotes
{
    public int[] ByMonth { get; } = new int[12];
    public int OnAsOf { get; set; }
    public int Total => ByMonth.Sum();
}

/// <summary>
/// The counts every page and the dashboard need, aggregated in PostgreSQL from counters that triggers keep: per member,
/// whole months from <c>note_month_counts</c> and the ragged ends of a range from <c>note_days</c> (a banner's year is
/// ~12 rows per member rather than 365); per organization, from <c>note_organization_months</c> and
/// <c>note_organization_days</c> (12 rows per branch, the roster not read at all).
/// </summary>
public sealed class NoteFigures(SixOnesDbContext db, SixOnesCampaign campaign)
{
    // [from, to] = [from, headTo] days + [fullFrom, fullTo) whole months + [fullTo, to] days. The two ragged ends are read as
    // two index ranges (the `ends` of the queries below), not one OR: an empty end is then an empty range, not a filter
    // over each member's year.
    private static (DateOnly HeadTo, DateOnly FullFrom, DateOnly FullTo) Split(DateOnly from, DateOnly to)
    {
        var fullFrom = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var after = to.AddDays(1);
        var fullTo = new DateOnly(after.Year, after.Month, 1);
        return fullFrom < fullTo ? (fullFrom.AddDays(-1), fullFrom, fullTo) : (to, after, after); // no whole month: all days
    }

    /// <summary>Per member of <paramref name="personIds"/>: notes and hours for days in [from, to].</summary>
    public async Task<Dictionary<long, MemberNoteCount>> PerMemberAsync(IReadOnlyCollection<long> personIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (personIds.Count == 0 || from > to) return [];
        var (headTo, fullFrom, fullTo) = Split(from, to);
        var j = campaign.Jurisdiction.Id;
        var persons = personIds.ToArray();
        var rows = await db.Database.SqlQuery<MemberNoteCount>($"""
            with ends(first, last) as (values ({from}::date, {headTo}::date), ({fullTo}::date, {to}::date))
            select x.person_id as "PersonId", sum(x.notes)::int as "Notes", coalesce(sum(x.hours), 0) as "Hours", 0 as "Short"
              from (
                select person_id, notes, hours from six_ones.note_month_counts
                 where jurisdiction_id = {j} and month >= {fullFrom} and month < {fullTo} and person_id = any({persons})
                union all
                select d.person_id, 1, d.hours
                  from ends e join six_ones.note_days d on d.jurisdiction_id = {j} and d.person_id = any({persons}) and d.day between e.first and e.last
              ) x
             group by x.person_id
            """).ToListAsync(ct);
        var counts = rows.ToDictionary(r => r.PersonId);
        // A day counts when both hold (每日自主学习一小时，并做不少于300字的学习笔记): the short days are few, read from the day rows.
        foreach (var s in await ShortDaysAsync(persons, from, to, ct))
        {
            if (!counts.TryGetValue(s.PersonId, out var c)) counts[s.PersonId] = c = new MemberNoteCount { PersonId = s.PersonId };
            c.Short += s.Days;
            c.Notes -= s.Days;
        }
        return counts;
    }

    // hours < studyHours as whole hundredths (migration 1600: an integer compares leakproof under the jurisdiction wall,
    // so the index serves): for an integer c, c < x exactly when c < ⌈x⌉.
    internal static int ShortOfHundredths(SixOnesRules rules) => (int)Math.Ceiling(rules.DailyStudyHours * 100);

    private async Task<int> ShortOfHundredthsAsync(CancellationToken ct) => ShortOfHundredths(await campaign.RulesAsync(ct));

    /// <summary>Per member: notes of [from, to] with fewer hours than dailyNote.studyHours.</summary>
    private async Task<List<ShortCount>> ShortDaysAsync(long[] persons, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var underHundredths = await ShortOfHundredthsAsync(ct);
        var j = campaign.Jurisdiction.Id;
        return await db.Database.SqlQuery<ShortCount>($"""
            select person_id as "PersonId", count(*)::int as "Days"
              from six_ones.note_days
             where jurisdiction_id = {j} and person_id = any({persons}) and day between {from} and {to} and hours_x100 < {underHundredths}
             group by 1
            """).ToListAsync(ct);
    }

    /// <summary>
    /// Per organization (where each member's notes are counted: <see cref="NoteMembers"/>) and month: notes that count for
    /// days from <paramref name="from"/> to <paramref name="asOf"/>, and how many of them are for <paramref name="asOf"/> itself.
    /// The rows (12 per organization: 12,000 in a banner of 1,000 branches) are folded as they arrive, not listed first: a
    /// list of them is an array on the large-object heap each request, and those cost a full collection soon after.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, OrganizationNotes>> PerOrganizationMonthAsync(DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        var byOrganization = new Dictionary<long, OrganizationNotes>();
        if (from > asOf) return byOrganization;
        var (headTo, fullFrom, fullTo) = Split(from, asOf);
        var j = campaign.Jurisdiction.Id;
        var underHundredths = await ShortOfHundredthsAsync(ct);
        // Whole months from the counters by hours, those at dailyNote.studyHours or above; the ragged ends from the day
        // counters, less their days short on time (few: at most two months' worth, found by their index).
        var rows = db.Database.SqlQuery<OrganizationMonthCount>($"""
            with ends(first, last) as (values ({from}::date, {headTo}::date), ({fullTo}::date, {asOf}::date)),
            x as (
                select organization_id, month, notes, 0 as on_as_of from six_ones.note_organization_months
                 where jurisdiction_id = {j} and month >= {fullFrom} and month < {fullTo} and hours_x100 >= {underHundredths}
                union all
                select o.organization_id, o.day, o.notes, case when o.day = {asOf} then o.notes else 0 end
                  from ends e join six_ones.note_organization_days o on o.jurisdiction_id = {j} and o.day between e.first and e.last
                union all
                select m.organization_id, d.day, -1, case when d.day = {asOf} then -1 else 0 end
                  from ends e join six_ones.note_days d on d.jurisdiction_id = {j} and d.hours_x100 < {underHundredths} and d.day between e.first and e.last
                  join six_ones.note_members m on m.jurisdiction_id = {j} and m.person_id = d.person_id
            )
            select organization_id as "OrganizationId", extract(month from month)::int as "Month", sum(notes)::int as "Notes", sum(on_as_of)::int as "OnAsOf"
              from x group by 1, 2
            """).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (!byOrganization.TryGetValue(row.OrganizationId, out var notes)) byOrganization[row.OrganizationId] = notes = new();
            notes.ByMonth[row.Month - 1] += row.Notes;
            notes.OnAsOf += row.OnAsOf;
        }
        return byOrganization;
    }
}
