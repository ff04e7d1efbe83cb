using Modular.Plugins.BannerSixOnes.Common;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>How the year-end list is sorted (by one heading; ties by name).</summary>
public enum YearEndSort { Name, Branch, Notes, Percent, Hours }

/// <summary>
/// Which members of the year-end list, in which order: an organization's subtree (null: the whole banner), a name or a
/// branch's name containing <see cref="Name"/>, a completion rate below <see cref="Below"/> percent.
/// </summary>
public sealed record YearEndFilter(long? OrganizationId, string? Name = null, decimal? Below = null, YearEndSort Sort = YearEndSort.Percent, bool Desc = false);

/// <summary>How many members of the scope wrote every day due, 80% or more, and fewer (the page's chart; the filter aside).</summary>
public sealed record YearEndCompletion(int Complete, int EightyOrMore, int BelowEighty);

/// <summary>
/// The year-end list in one statement: each member of the scope (the roster's published view, names included) with their
/// year's notes from the per-member year counters (<c>note_member_years</c>, migration 1800: one row per member and hours
/// studied), filtered, sorted and cut to a page in PostgreSQL, with the scope's completion counts and the filtered total.
/// A banner's 50,000 members are one page's 50 rows to .NET, not the whole roster and its 600,000 member-months.
/// </summary>
public sealed class YearEndQuery(SixOnesDbContext db, SixOnesCampaign campaign)
{
    /// <summary>One member's figures for [from, to] as counted, or the scope's header when the page is empty.</summary>
    public sealed class Row
    {
        public long? PersonId { get; set; }
        public string? Name { get; set; }
        public long? OrganizationId { get; set; }
        public string? OrganizationName { get; set; }
        public int? Notes { get; set; }
        public int? Short { get; set; }
        public long? Hundredths { get; set; }
        public int Total { get; set; }
        public int Complete { get; set; }
        public int EightyOrMore { get; set; }
        public int BelowEighty { get; set; }
    }

    // The heading's column, then the name (byte order: as .NET's ordinal order for the names people have): chosen from
    // this list, never from the request's text.
    private static string OrderBy(YearEndFilter filter, string of)
    {
        var column = filter.Sort switch
        {
            YearEndSort.Branch => $"{of}.organization_name collate \"C\"",
            YearEndSort.Notes or YearEndSort.Percent => $"{of}.notes", // every member owes the same days: the rate goes with the notes
            YearEndSort.Hours => $"{of}.hundredths",
            _ => $"{of}.name collate \"C\"",
        };
        return $"{column} {(filter.Desc ? "desc" : "asc")}, {of}.name collate \"C\", {of}.person_id";
    }

    /// <param name="scope">The organizations whose members are listed; null for every member of the banner.</param>
    /// <param name="names">Every organization's name by id (a member in none is listed with an empty one).</param>
    /// <param name="take">A page's rows; null for all of them (the ledger).</param>
    public async Task<List<Row>> RowsAsync(
        IReadOnlyCollection<long>? scope, IReadOnlyDictionary<long, string> names, DateOnly from, DateOnly to, int daysDue, int shortOfHundredths,
        YearEndFilter filter, int skip, int? take, CancellationToken ct)
    {
        var (yearStart, yearEnd) = (new DateOnly(from.Year, 1, 1), new DateOnly(from.Year, 12, 31));
        // Outside [from, to]: before it and after it; the whole year once when it is empty (today before the campaign).
        var (outsideHeadTo, outsideTailFrom) = from <= to ? (from.AddDays(-1), to.AddDays(1)) : (yearEnd, yearEnd.AddDays(1));
        var name = filter.Name?.Trim() is { Length: > 0 } n ? n : null;
        var parameters = new NpgsqlParameter[]
        {
            new("j", campaign.Jurisdiction.Id), new("year", from.Year),
            new("outside_head_to", outsideHeadTo), new("outside_tail_from", outsideTailFrom),
            new("year_start", yearStart), new("year_end", yearEnd),
            new("org_ids", names.Keys.ToArray()), new("org_names", names.Values.ToArray()),
            new("whole", scope is null), new("scope", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = scope?.ToArray() ?? [] },
            new("under", shortOfHundredths), new("days_due", daysDue),
            new("name", NpgsqlDbType.Text) { Value = (object?)name ?? DBNull.Value },
            new("below", NpgsqlDbType.Numeric) { Value = (object?)filter.Below ?? DBNull.Value },
            new("skip", skip), new("take", NpgsqlDbType.Integer) { Value = (object?)take ?? DBNull.Value },
        };
        // The year's counters less the year's notes outside [from, to] (read as two index ranges; none unless the campaign's
        // dates moved after notes were written: days outside it, or after today, are refused), apart so that each aggregate
        // is planned on its own. The completion bands compare whole numbers: a rate rounded to one place is 100 or more when
        // 100·notes/due ≥ 99.95, that is 2000·notes ≥ 1999·due (80: 2000·notes ≥ 1599·due).
        // Only the ORDER BY is written into the text (from OrderBy's list); every value is a parameter.
        var sql = $"""
            with orgs(id, name) as (select * from unnest(@org_ids, @org_names)),
            counted as (
                select person_id,
                       sum(notes) filter (where hours_x100 >= @under) as notes,
                       sum(notes) filter (where hours_x100 < @under) as short,
                       sum(notes::bigint * hours_x100) as hundredths
                  from six_ones.note_member_years where jurisdiction_id = @j and year = @year
                 group by person_id),
            outside as (
                select person_id, count(*) filter (where hours_x100 >= @under) as notes, count(*) filter (where hours_x100 < @under) as short,
                       sum(hours_x100) as hundredths
                  from (select person_id, hours_x100 from six_ones.note_days where jurisdiction_id = @j and day between @year_start and @outside_head_to
                        union all
                        select person_id, hours_x100 from six_ones.note_days where jurisdiction_id = @j and day between @outside_tail_from and @year_end) n
                 group by person_id),
            lines as (
                select m.person_id, m.name, m.organization_id, coalesce(o.name, '') as organization_name,
                       (coalesce(c.notes, 0) - coalesce(x.notes, 0))::int as notes, (coalesce(c.short, 0) - coalesce(x.short, 0))::int as short,
                       (coalesce(c.hundredths, 0) - coalesce(x.hundredths, 0))::bigint as hundredths
                  from roster.members m
                  left join orgs o on o.id = m.organization_id
                  left join counted c on c.person_id = m.person_id
                  left join outside x on x.person_id = m.person_id
                 where m.jurisdiction_id = @j and (@whole or m.organization_id = any(@scope))),
            chosen as (
                select * from lines
                 where (@name is null or strpos(lower(name), lower(@name)) > 0 or strpos(lower(organization_name), lower(@name)) > 0)
                   and (@below is null or (case when @days_due = 0 then 100 else round(100.0 * notes / @days_due, 1) end) < @below)),
            header as (
                select (select count(*) from chosen)::int as total,
                       count(*) filter (where 2000 * notes >= 1999 * @days_due)::int as complete,
                       count(*) filter (where 2000 * notes >= 1599 * @days_due and 2000 * notes < 1999 * @days_due)::int as eighty_or_more,
                       count(*) filter (where 2000 * notes < 1599 * @days_due)::int as below_eighty
                  from lines),
            page as (
                select * from chosen c order by {OrderBy(filter, "c")}
                offset @skip limit @take)
            select p.person_id as "PersonId", p.name as "Name", p.organization_id as "OrganizationId",
                   p.organization_name as "OrganizationName", p.notes as "Notes", p.short as "Short", p.hundredths as "Hundredths",
                   h.total as "Total", h.complete as "Complete", h.eighty_or_more as "EightyOrMore", h.below_eighty as "BelowEighty"
              from header h left join page p on true
             order by {OrderBy(filter, "p")}
            """;
        return await db.Database.SqlQueryRaw<Row>(sql, parameters).ToListAsync(ct);
    }
}
