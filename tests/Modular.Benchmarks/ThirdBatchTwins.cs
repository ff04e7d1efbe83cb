using Npgsql;

namespace Modular.Benchmarks;

/// <summary>
/// The best hand-written SQL for the third batch's office figures, one statement each, connecting as the owner (so filtering
/// jurisdiction_id itself) and computing everything from the raw rows: what <see cref="ThirdBatchBenchmark"/> sets the plugin's
/// pages against. The office sees every unit, so the plugin's visibility rules change no figure and are left out.
/// </summary>
internal static class ThirdBatchTwins
{
    /// <summary>A column's done (Σ least(done, owed) over units) of owed.</summary>
    public readonly record struct Figure(int Done, int Owed);

    /// <summary>The office's overview: each column's total, each sumu/town's row (a column absent where none of its units owes it) and the unit states.</summary>
    public sealed record Progress(IReadOnlyDictionary<string, Figure> Totals, IReadOnlyDictionary<long, IReadOnlyDictionary<string, Figure>> Towns,
        IReadOnlyDictionary<string, int> States);

    /// <summary>The struggling gacha per sumu/town (null: directly under the banner) and in all: marked, assisted.</summary>
    public sealed record Struggling(IReadOnlyDictionary<long, Figure> Towns, Figure? Banner, Figure All);

    // The tree walked down once: each organization's nearest unit at or above it, and each unit's sumu/town (the nearest town
    // strictly above a gacha or community); the schedule's phases with the plugin's default months (6 town, 4 gacha, 2 after).
    private const string Units = """
        with recursive
        jz as (select (now() at time zone time_zone)::date as today, extract(year from now() at time zone time_zone)::int as year
                 from jurisdictions.jurisdictions where id = $1),
        o as (select id, parent_id,
                     case when kind = 'PartyCommittee' and sector = 'Township' then 'T'
                          when kind in ('Branch', 'GeneralBranch') and sector in ('Village', 'Community') then 'G' end as k, kind
                from roster.organizations where jurisdiction_id = $1),
        walk as (
            select id, k, kind, case when k is not null then id end as unit_id, case when k = 'T' then id end as town_carry, null::bigint as town_above
              from o where parent_id is null
            union all
            select c.id, c.k, c.kind, case when c.k is not null then c.id else w.unit_id end, case when c.k = 'T' then c.id else w.town_carry end, w.town_carry
              from o c join walk w on c.parent_id = w.id),
        unit as (select id, k, case when k = 'T' then id else town_above end as row_town from walk where k is not null)
        """;

    private const string ProgressSql = Units + """
        ,
        sched as (
            select s.organization_id as unit_id, s.starts_on, s.finished_on, c.conc_end, ((c.conc_end + 1) + interval '2 months')::date as end_on
              from blocks.unit_schedules s
              join unit u on u.id = s.organization_id
             cross join lateral (select coalesce((s.chosen_ends ->> 'concentrated')::date,
                                                 (s.starts_on + case when u.k = 'T' then interval '6 months' else interval '4 months' end)::date) as conc_end) c
             where s.jurisdiction_id = $1 and s.plugin_id = 'banner-third-batch' and s.kind = 'unit-schedule'),
        member as (
            select p.id, w.unit_id, p.is_outgoing from roster.people p join walk w on w.id = p.organization_id
             where p.jurisdiction_id = $1 and w.unit_id is not null),
        session as (
            select e.id, coalesce(e.details ->> 'kind' in ('SecretaryTraining'), false) as training,
                   coalesce(e.details ->> 'kind' in ('RequiredBooks', 'GenPing', 'Lecture'), false)
                   or not coalesce(e.details ->> 'kind' in ('SecretaryTraining', 'RequiredBooks', 'GenPing', 'Lecture'), false) as study
              from schedules.events e where e.jurisdiction_id = $1 and e.source = 'banner-third-batch.session'),
        trained as (
            select distinct a.person_id from schedules.attendance a join session s on s.id = a.event_id and s.training
             where a.jurisdiction_id = $1 and a.attended),
        studied as (
            select distinct a.person_id from schedules.attendance a join session s on s.id = a.event_id and s.study
             where a.jurisdiction_id = $1 and a.attended),
        secretary as (
            select distinct w.unit_id, f.person_id
              from roster.officers f join walk w on w.id = f.organization_id
             where f.jurisdiction_id = $1 and f.post = 'Secretary' and w.kind in ('Branch', 'GeneralBranch') and w.unit_id is not null
               and exists (select 1 from roster.people p where p.jurisdiction_id = $1 and p.id = f.person_id)),
        closed as (
            select id, completed_on is not null as done, organization_id from blocks.rectifications
             where jurisdiction_id = $1 and plugin_id = 'banner-third-batch' and kind = 'follow-up'),
        addressed as (
            select na.unit_id, count(*) as addressed, count(na.read_at) as read
              from banner_third_batch.notice_addressees na join banner_third_batch.notices n on n.jurisdiction_id = na.jurisdiction_id and n.id = na.notice_id
             cross join jz
             where na.jurisdiction_id = $1 and n.issued_on >= make_date(jz.year, 1, 1) and n.issued_on < make_date(jz.year + 1, 1, 1)
             group by na.unit_id),
        fig as (
            select 'plan' as col, u.id as unit_id, coalesce(pl.final::int, 0) as done, 1 as owed
              from unit u left join (select distinct on (organization_id) organization_id, final from blocks.documents
                                      where jurisdiction_id = $1 and plugin_id = 'banner-third-batch' and kind = 'unit-plan' and organization_id is not null
                                      order by organization_id, id desc) pl on pl.organization_id = u.id
            union all
            select 'outreach', m.unit_id, count(r.person_id), count(*)
              from member m left join (select distinct person_id from banner_third_batch.outreach_contacts where jurisdiction_id = $1) r on r.person_id = m.id
             where m.is_outgoing group by m.unit_id
            union all
            select 'secretary-training', s.unit_id, count(t.person_id), count(*)
              from secretary s left join trained t on t.person_id = s.person_id group by s.unit_id
            union all
            select 'study', m.unit_id, count(t.person_id), count(*)
              from member m left join studied t on t.person_id = m.id group by m.unit_id
            union all
            select 'systems', u.id, (g.unit_id is not null)::int + (an.unit_id is not null)::int + (coalesce(ad.read >= ad.addressed, true))::int + (s.unit_id is not null)::int, 4
              from unit u cross join jz
              left join (select distinct unit_id, year from banner_third_batch.unit_goals where jurisdiction_id = $1) g on g.unit_id = u.id and g.year = jz.year
              left join (select distinct unit_id, extract(year from held_on)::int as year from banner_third_batch.unit_analyses where jurisdiction_id = $1) an
                     on an.unit_id = u.id and an.year = jz.year
              left join addressed ad on ad.unit_id = u.id
              left join banner_third_batch.unit_assessments s on s.jurisdiction_id = $1 and s.unit_id = u.id and s.year = jz.year
            union all
            select 'checklist', u.id, coalesce(c.verified, 0), 8
              from unit u left join (select i.unit_id, count(*) filter (where i.verdict = 'Confirmed' or (i.verdict = 'Gap' and r.done)) as verified
                                       from banner_third_batch.checklist_items i left join closed r on r.id = i.follow_up_id
                                      where i.jurisdiction_id = $1 group by i.unit_id) c on c.unit_id = u.id
            union all
            select 'guidance-group', u.id, (b.unit_id is not null)::int, 1
              from unit u left join (select distinct unnest(unit_ids) as unit_id from banner_third_batch.guidance_groups
                                      where jurisdiction_id = $1 and sender_town_id is null) b on b.unit_id = u.id
            union all
            select 'guidance-visit', s.unit_id,
                   (exists (select 1 from banner_third_batch.guidance_visits v where v.jurisdiction_id = $1 and v.unit_id = s.unit_id
                              and v.visited_on between s.starts_on and s.conc_end))::int, 1
              from sched s
            union all
            select 'follow-ups', r.organization_id, count(*) filter (where r.done), count(*)
              from closed r join unit u on u.id = r.organization_id group by r.organization_id)
        select f.col, u.row_town, grouping(u.row_town) = 1 as total, sum(least(f.done, f.owed))::int, sum(f.owed)::int
          from fig f join unit u on u.id = f.unit_id
         group by grouping sets ((f.col, u.row_town), (f.col))
        union all
        select 'state:' || case when s.unit_id is null then 'NoSchedule' when s.finished_on <= s.end_on then 'Done' when jz.today < s.starts_on then 'NotStarted'
                                when jz.today <= s.conc_end then 'Concentrated' when jz.today <= s.end_on then 'Consolidating' else 'Overrun' end,
               null, true, count(*)::int, 0
          from unit u left join sched s on s.unit_id = u.id cross join jz
         group by 1
        """;

    public static async Task<Progress> ProgressAsync(NpgsqlDataSource database, int jurisdiction)
    {
        await using var command = database.CreateCommand(ProgressSql);
        command.Parameters.AddWithValue(jurisdiction);
        var totals = new Dictionary<string, Figure>();
        var towns = new Dictionary<long, Dictionary<string, Figure>>();
        var states = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var column = reader.GetString(0);
            var figure = new Figure(reader.GetInt32(3), reader.GetInt32(4));
            if (column.StartsWith("state:", StringComparison.Ordinal)) states[column[6..]] = figure.Done;
            else if (reader.GetBoolean(2)) totals[column] = figure;
            else if (!reader.IsDBNull(1))
            {
                var town = reader.GetInt64(1);
                if (!towns.TryGetValue(town, out var row)) towns[town] = row = [];
                row[column] = figure;
            }
        }
        return new Progress(totals, towns.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, Figure>)t.Value), states);
    }

    private const string StrugglingSql = Units + """
        ,
        gacha as (
            select u.id, u.row_town,
                   coalesce(m.struggling, false) as marked,
                   exists (select 1 from banner_third_batch.assistance a where a.jurisdiction_id = $1 and a.unit_id = u.id and a.kind <> 'Member') as helped
              from unit u left join banner_third_batch.struggling_gacha m on m.jurisdiction_id = $1 and m.unit_id = u.id
             where u.k = 'G')
        select row_town, grouping(row_town) = 1 as total, count(*) filter (where marked)::int, count(*) filter (where marked and helped)::int
          from gacha group by grouping sets ((row_town), ())
        """;

    public static async Task<Struggling> StrugglingAsync(NpgsqlDataSource database, int jurisdiction)
    {
        await using var command = database.CreateCommand(StrugglingSql);
        command.Parameters.AddWithValue(jurisdiction);
        var towns = new Dictionary<long, Figure>();
        Figure? banner = null;
        var all = new Figure(0, 0);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var figure = new Figure(reader.GetInt32(3), reader.GetInt32(2));
            if (reader.GetBoolean(1)) all = figure;
            else if (reader.IsDBNull(0)) banner = figure;
            else towns[reader.GetInt64(0)] = figure;
        }
        return new Struggling(towns, banner, all);
    }
}
