using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The best hand-written SQL for the figures the six-ones pages show (issue 20: each page within 2× of it): the same tables
/// the plugin reads (the trigger-kept month counters for whole months, the day rows for the ragged ends and for the days
/// short on study hours), in as few statements as one round trip allows, read straight off a plain
/// <see cref="NpgsqlDataSource"/>. No HTTP, no JSON, no permissions: what the page would cost if it were only its query.
/// The benchmark checks each twin's figures against the page's before it times either.
/// </summary>
internal static class SixOnesTwins
{
    private const string Plugin = "banner-six-ones";

    /// <summary>An organization's own members' notes: member-days due, notes that count, those for asOf, and per month.</summary>
    public sealed record OrganizationNotes(long OrganizationId, int Members, int Done, int OnAsOf, int[] DoneByMonth);

    // [from, to] = [from, fullFrom) days + [fullFrom, fullTo) whole months + [fullTo, to] days; no whole month: all days.
    private static (DateOnly FullFrom, DateOnly FullTo) WholeMonths(DateOnly from, DateOnly to)
    {
        var fullFrom = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var after = to.AddDays(1);
        var fullTo = new DateOnly(after.Year, after.Month, 1);
        return fullFrom < fullTo ? (fullFrom, fullTo) : (after, after);
    }

    /// <summary>Per organization (its own members): the notes item's figures as of <paramref name="asOf"/>.</summary>
    public static async Task<IReadOnlyList<OrganizationNotes>> NotesPerOrganizationAsync(NpgsqlDataSource database, int j, DateOnly from, DateOnly asOf, int underHundredths)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Command("select organization_id, count(*)::int from roster.people where jurisdiction_id = $1 group by 1", j));
        batch.BatchCommands.Add(NotesPerOrganizationMonth(j, from, asOf, underHundredths));
        await using var reader = await batch.ExecuteReaderAsync();
        return await ReadNotesAsync(reader);
    }

    // Each organization's notes per month for [from, asOf]: whole months [$5, $6) from the organizations' counters by hours
    // (migration 1700), those at the study hours or above; the ragged ends from the day counters, less their days short on
    // study hours, found by their index and filed where their member's notes are counted. Parameters: $1 jurisdiction,
    // $2 from, $3 asOf, $4 study hours in hundredths (the indexed integer).
    private static NpgsqlBatchCommand NotesPerOrganizationMonth(int j, DateOnly from, DateOnly asOf, int underHundredths)
    {
        var (fullFrom, fullTo) = WholeMonths(from, asOf);
        return Command("""
            with ends(first, last) as (values ($2::date, $5::date - 1), ($6::date, $3::date)),
            x as (
                select organization_id, month, notes, 0 as on_as_of from six_ones.note_organization_months
                 where jurisdiction_id = $1 and month >= $5 and month < $6 and hours_x100 >= $4
                union all
                select o.organization_id, o.day, o.notes, case when o.day = $3 then o.notes else 0 end
                  from ends e join six_ones.note_organization_days o on o.jurisdiction_id = $1 and o.day between e.first and e.last
                union all
                select m.organization_id, d.day, -1, -(d.day = $3)::int
                  from ends e join six_ones.note_days d on d.jurisdiction_id = $1 and d.hours_x100 < $4 and d.day between e.first and e.last
                  join six_ones.note_members m on m.jurisdiction_id = $1 and m.person_id = d.person_id
            )
            select organization_id, extract(month from month)::int, sum(notes)::int, sum(on_as_of)::int from x group by 1, 2
            """, j, from, asOf, underHundredths, fullFrom, fullTo);
    }

    // Reads a result of (organization, members, …) and then the one of NotesPerOrganizationMonth, leaving the reader on the latter.
    private static async Task<IReadOnlyList<OrganizationNotes>> ReadNotesAsync(NpgsqlDataReader reader)
    {
        var byOrganization = new Dictionary<long, OrganizationNotes>();
        while (await reader.ReadAsync())
            byOrganization[reader.GetInt64(0)] = new OrganizationNotes(reader.GetInt64(0), reader.GetInt32(1), 0, 0, new int[12]);
        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            var o = byOrganization[reader.GetInt64(0)];
            o.DoneByMonth[reader.GetInt32(1) - 1] += reader.GetInt32(2);
            byOrganization[o.OrganizationId] = o with { Done = o.Done + reader.GetInt32(2), OnAsOf = o.OnAsOf + reader.GetInt32(3) };
        }
        return [.. byOrganization.Values];
    }

    /// <summary>The year-end sheet's and an inspection sheet's figures: per member (in the sheet's order) notes that count, hours, short days and verdicts.</summary>
    public sealed record MemberLineTotals(int Lines, long Notes, decimal Hours, long Short, long Verdicts);

    /// <param name="organization">One organization's own members (a quarter's inspection sheet); null for the whole jurisdiction (the year end).</param>
    public static async Task<MemberLineTotals> MemberLinesAsync(NpgsqlDataSource database, int j, DateOnly from, DateOnly to, int underHundredths, long? organization = null)
    {
        var only = organization is { } o ? $"and organization_id = {o}" : "";
        var (fullFrom, fullTo) = WholeMonths(from, to);
        await using var command = database.CreateCommand($$"""
            with m as (select id from roster.people where jurisdiction_id = $1 {{only}}),
            x as (
                select person_id, notes, hours from six_ones.note_month_counts
                 where jurisdiction_id = $1 and month >= $5 and month < $6 and person_id in (select id from m)
                union all
                select person_id, 1, hours from six_ones.note_days
                 where jurisdiction_id = $1 and day >= $2 and day < $5 and person_id in (select id from m)
                union all
                select person_id, 1, hours from six_ones.note_days
                 where jurisdiction_id = $1 and day >= $6 and day <= $3 and person_id in (select id from m)
            ), counts as (select person_id, sum(notes)::int as notes, sum(hours) as hours from x group by 1),
            short as (
                select person_id, count(*)::int as days from six_ones.note_days
                 where jurisdiction_id = $1 and day >= $2 and day <= $3 and hours_x100 < $4 and person_id in (select id from m) group by 1
            ), verdicts as (
                select v.person_id, string_agg(i.quarter_key || ':' || v.accepted || ':' || (i.closed_at is not null), ',') as q
                  from six_ones.note_verdicts v join six_ones.note_inspections i on i.jurisdiction_id = v.jurisdiction_id and i.id = v.inspection_id
                 where v.jurisdiction_id = $1 and i.quarter_key like $7 and v.person_id in (select id from m)
                 group by 1
            )
            select p.id, p.name, o.name, coalesce(c.notes, 0) - coalesce(s.days, 0), coalesce(c.hours, 0), coalesce(s.days, 0), v.q
              from roster.people p
              join roster.organizations o on o.jurisdiction_id = p.jurisdiction_id and o.id = p.organization_id
              left join counts c on c.person_id = p.id
              left join short s on s.person_id = p.id
              left join verdicts v on v.person_id = p.id
             where p.jurisdiction_id = $1 and p.id in (select id from m)
             order by o.name collate "C", p.name collate "C"
            """);
        Parameters(command.Parameters, j, from, to, underHundredths, fullFrom, fullTo, $"{from.Year}-Q%");
        await using var reader = await command.ExecuteReaderAsync();
        int lines = 0;
        long notes = 0, shortDays = 0, verdicts = 0;
        decimal total = 0;
        while (await reader.ReadAsync())
        {
            lines++;
            _ = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
            notes += reader.GetInt32(3);
            total += reader.GetDecimal(4);
            shortDays += reader.GetInt32(5);
            if (!reader.IsDBNull(6)) verdicts += reader.GetString(6).Split(',').Length;
        }
        return new MemberLineTotals(lines, notes, total, shortDays, verdicts);
    }

    /// <summary>The year-end list's first page: its members in order with their notes, the scope's count and its chart's three counts.</summary>
    public sealed record YearEndPage(IReadOnlyList<(long PersonId, int Notes)> Lines, int Total, int Complete, int EightyOrMore, int BelowEighty, long Verdicts);

    /// <summary>
    /// The year-end list of the whole jurisdiction as its page first shows it (by completion, lowest first, then name, fifty
    /// lines): each member's year from the per-member year counters (migration 1800, by hours studied), with name, branch,
    /// hours, short days and the quarters' verdicts of the page's members; and the members' count per completion band. The
    /// year here is the whole campaign (01-01..12-31), so no notes lie outside it.
    /// </summary>
    public static async Task<YearEndPage> YearEndPageAsync(NpgsqlDataSource database, int j, int year, int daysDue, int underHundredths)
    {
        await using var command = database.CreateCommand("""
            with y as (
                select person_id, sum(notes) filter (where hours_x100 >= $3) as notes, sum(notes) filter (where hours_x100 < $3) as short,
                       sum(notes::bigint * hours_x100) as hundredths
                  from six_ones.note_member_years where jurisdiction_id = $1 and year = $2 group by 1),
            l as (
                select p.id, p.name, o.name as branch, coalesce(y.notes, 0)::int as notes, coalesce(y.short, 0)::int as short, coalesce(y.hundredths, 0) as hundredths
                  from roster.people p join roster.organizations o on o.jurisdiction_id = p.jurisdiction_id and o.id = p.organization_id
                  left join y on y.person_id = p.id
                 where p.jurisdiction_id = $1),
            h as (
                select count(*)::int as total, count(*) filter (where notes * 1000 >= $4 * 999.5)::int as complete,
                       count(*) filter (where notes * 1000 >= $4 * 799.5 and notes * 1000 < $4 * 999.5)::int as eighty,
                       count(*) filter (where notes * 1000 < $4 * 799.5)::int as below
                  from l),
            page as (select * from l order by notes, name collate "C", id limit 50)
            select page.id, page.notes, page.name, page.branch, page.short, page.hundredths,
                   (select count(*) from six_ones.note_verdicts v join six_ones.note_inspections i on i.jurisdiction_id = v.jurisdiction_id and i.id = v.inspection_id
                     where v.jurisdiction_id = $1 and v.person_id = page.id and i.quarter_key like $5)::int,
                   h.total, h.complete, h.eighty, h.below
              from page, h
             order by page.notes, page.name collate "C", page.id
            """);
        Parameters(command.Parameters, j, year, underHundredths, daysDue, $"{year}-Q%");
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<(long, int)>();
        int total = 0, complete = 0, eighty = 0, below = 0;
        long verdicts = 0;
        while (await reader.ReadAsync())
        {
            lines.Add((reader.GetInt64(0), reader.GetInt32(1)));
            _ = (reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt64(5));
            verdicts += reader.GetInt32(6);
            (total, complete, eighty, below) = (reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10));
        }
        return new YearEndPage(lines, total, complete, eighty, below, verdicts);
    }

    /// <summary>What the office dashboard rolls up, per organization: every item's inputs in one batch.</summary>
    public sealed record DashboardInputs(
        IReadOnlyList<(long Id, long? ParentId, string Name)> Organizations, IReadOnlyList<OrganizationNotes> Notes,
        int EducationHeld, int Trained, int CadreTexts, int ContestTakers, int Heads);

    /// <summary>
    /// The office dashboard's inputs, one round trip: the tree; each organization's members, members not outgoing and leading
    /// cadres; its notes per month (as <see cref="NotesPerOrganizationAsync"/>); its education event; its members trained;
    /// its cadres' theory-book notes and accepted reports; its members who took a published contest; its secretaries.
    /// </summary>
    public static async Task<DashboardInputs> DashboardAsync(NpgsqlDataSource database, int j, DateOnly from, DateOnly asOf, int underHundredths, int year)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Command("select id, parent_id, name from roster.organizations where jurisdiction_id = $1", j));
        batch.BatchCommands.Add(Command("""
            select organization_id, count(*)::int, count(*) filter (where not is_outgoing)::int, count(*) filter (where is_leading_cadre)::int
              from roster.people where jurisdiction_id = $1 group by 1
            """, j));
        batch.BatchCommands.Add(NotesPerOrganizationMonth(j, from, asOf, underHundredths));
        batch.BatchCommands.Add(Command("""
            select organization_id, min(held_on) from schedules.events
             where jurisdiction_id = $1 and source = 'six-ones.education' and held_on <= $3::date group by 1
            """, j, from, asOf));
        batch.BatchCommands.Add(Command("""
            select p.organization_id, extract(month from t.first_on)::int, count(*)::int
              from (select a.person_id, min(e.held_on) as first_on
                      from schedules.attendance a join schedules.events e on e.jurisdiction_id = a.jurisdiction_id and e.id = a.event_id
                     where a.jurisdiction_id = $1 and a.attended and e.source = 'six-ones.training' and e.held_on <= $3::date group by 1) t
              join roster.people p on p.jurisdiction_id = $1 and p.id = t.person_id
             group by 1, 2
            """, j, from, asOf));
        batch.BatchCommands.Add(Command($"""
            select p.organization_id, t.kind, count(*)::int
              from blocks.counted_texts t join roster.people p on p.jurisdiction_id = t.jurisdiction_id and p.id = t.author_person_id
             where t.jurisdiction_id = $1 and t.plugin_id = '{Plugin}' and t.kind in ('theory-book', 'research-report') and p.is_leading_cadre
               and t.period_date between make_date({year}, 1, 1) and make_date({year}, 12, 31)
               and (t.kind = 'theory-book' and t.state <> 'Returned' or t.state = 'Accepted')
             group by 1, 2
            """, j));
        batch.BatchCommands.Add(Command("""
            select p.organization_id, extract(month from f.first)::int, count(*)::int
              from (select a.person_id, min(a.started_at) at time zone 'Asia/Shanghai' as first
                      from six_ones.contest_attempts a join six_ones.contest_contests c on c.jurisdiction_id = a.jurisdiction_id and c.id = a.contest_id
                     where a.jurisdiction_id = $1 and c.published_at is not null and extract(year from c.date) = extract(year from $3::date)
                       and a.started_at < ($3::date + 1)::timestamp at time zone 'Asia/Shanghai'
                     group by 1) f
              join roster.people p on p.jurisdiction_id = $1 and p.id = f.person_id and not p.is_outgoing
             group by 1, 2
            """, j, from, asOf));
        batch.BatchCommands.Add(Command("""
            select o.organization_id, p.name from roster.officers o join roster.people p on p.jurisdiction_id = o.jurisdiction_id and p.id = o.person_id
             where o.jurisdiction_id = $1 and o.post = 'Secretary'
            """, j));
        await using var reader = await batch.ExecuteReaderAsync();
        var tree = new List<(long, long?, string)>();
        while (await reader.ReadAsync()) tree.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetString(2)));
        await reader.NextResultAsync();
        var notes = await ReadNotesAsync(reader);
        // The other items' inputs: read as the page reads them, counted here only so the benchmark can say what it read.
        var held = 0;
        await reader.NextResultAsync();
        while (await reader.ReadAsync()) { _ = reader.GetFieldValue<DateOnly>(1); held++; }
        var trained = await SumAsync(reader, 2);
        var cadreTexts = await SumAsync(reader, 2);
        var takers = await SumAsync(reader, 2);
        var heads = 0;
        await reader.NextResultAsync();
        while (await reader.ReadAsync()) { _ = reader.GetString(1); heads++; }
        return new DashboardInputs(tree, notes, held, trained, cadreTexts, takers, heads);
    }

    private static async Task<int> SumAsync(NpgsqlDataReader reader, int ordinal)
    {
        await reader.NextResultAsync();
        var sum = 0;
        while (await reader.ReadAsync()) sum += reader.GetInt32(ordinal);
        return sum;
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        Parameters(command.Parameters, values);
        return command;
    }
}
