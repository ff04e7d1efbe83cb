using Npgsql;

namespace Modular.Benchmarks;

/// <summary>
/// The best hand-written SQL for the figures of the research institute's overview (活动概览, <c>GET …/dashboard</c>): per party
/// branch its members (the branch's subtree, walked in a recursive CTE), their plans against the due day by the local day of
/// handing in, the suggestions given to the branch and answered, the study sessions' headcount and the required readings
/// (the branch's own list, else the document's) any session of the year covered, party-spirit education reached and the
/// analyses, the last opened round of evaluation graded, the year-end reports and the members with enough notes and
/// reflections handed in by notes.due — one statement, one round trip, over the same tables the plugin and the SDK blocks
/// read, straight off a plain <see cref="NpgsqlDataSource"/> as the owner (so it filters the jurisdiction itself): no HTTP,
/// no JSON, no permissions (the office sees every branch). The rules are plugin.json's defaults, which the benchmark leaves
/// as they are. Rounds are read as closed ones (their fixed results): the loader opens none, and the benchmark checks the
/// page says so before it compares.
/// </summary>
internal static class InstituteTwins
{
    private const int Year = 2010;
    private static readonly DateOnly Start = new(2010, 8, 27), PlansDue = new(2010, 9, 14), NotesDue = new(2010, 12, 31);
    private const int MinSuggestions = 1, MinReadingNotes = 1, MinReflections = 1, MinEducationEvents = 1;

    /// <summary>The document's required readings (StudyRule.DocumentReadings): a branch's list until it saves its own.</summary>
    private static readonly string[] DocumentReadings = ["胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话", "中科院创先争优活动相关文件", "所动员大会精神"];

    /// <summary>A branch's figures, as the dashboard's <c>BranchOverview</c> names them; the round null where none was opened.</summary>
    public sealed record Branch(long BranchId, string Name, int Members, int PlansHandedIn, int PlansLate, int PlansMissing,
        int MembersWithSuggestion, int Suggestions, int SuggestionsAnswered, int StudyAttended, int StudyExpected, int ReadingsCovered, int ReadingsListed,
        int PartySpiritReached, int AnalysesHandedIn, string? RoundPeriod, bool? RoundClosed, int? RoundGraded, int? RoundLines, int ReportsHandedIn, int MembersMeetingNotes);

    // $1 jurisdiction, $2 plugin, $3 period key, $4..$5 the campaign year, $6 personalPlans.due, $7 notes.due, $8 the campaign's
    // start (the year-end reports' period date), $9 the document's readings, $10..$13 the minimums (suggestions, reading notes,
    // reflections, education events), $14 the year.
    private const string Sql = """
        with recursive sub(branch_id, org_id) as (
            select id, id from roster.organizations where jurisdiction_id = $1 and kind = 'Branch'
            union all
            select s.branch_id, o.id from roster.organizations o join sub s on o.parent_id = s.org_id where o.jurisdiction_id = $1
        ), member as (
            select s.branch_id, p.id as person_id from sub s join roster.people p on p.jurisdiction_id = $1 and p.organization_id = s.org_id
        ), zone as (
            select time_zone as tz, (now() at time zone time_zone)::date as today from jurisdictions.jurisdictions where id = $1
        ), plan as (
            select owner_id, (submitted_at at time zone z.tz)::date as day
              from blocks.pledges cross join zone z
             where jurisdiction_id = $1 and plugin_id = $2 and kind = 'personal-plan' and period_key = $3
        ), given as (
            select organization_id as branch_id, author_person_id, count(*) as n
              from blocks.suggestions where jurisdiction_id = $1 and plugin_id = $2 and kind = 'suggestion' and period_key = $3
             group by 1, 2
        ), given_to as (
            select organization_id as branch_id, count(*) as n, count(reply) as answered
              from blocks.suggestions where jurisdiction_id = $1 and plugin_id = $2 and kind = 'suggestion' and period_key = $3
             group by 1
        ), session as (
            select id, organization_id as branch_id, tags from schedules.events
             where jurisdiction_id = $1 and source = $2 || '.study' and held_on between $4 and $5
        ), study as (
            select s.branch_id, count(*) as expected, count(*) filter (where a.attended) as attended
              from session s join schedules.attendance a on a.jurisdiction_id = $1 and a.event_id = s.id
             group by 1
        ), reading as (
            select b.branch_id, coalesce(l.titles, $9::text[]) as titles,
                   array(select distinct t from session s cross join unnest(s.tags) t where s.branch_id = b.branch_id) as covered
              from (select id as branch_id from roster.organizations where jurisdiction_id = $1 and kind = 'Branch') b
              left join institute_branch_plan.study_readings l on l.jurisdiction_id = $1 and l.organization_id = b.branch_id
        ), reached as (
            select a.person_id
              from schedules.attendance a join schedules.events e on e.jurisdiction_id = a.jurisdiction_id and e.id = a.event_id
             where a.jurisdiction_id = $1 and a.attended and e.source = $2 || '.party-spirit' and e.held_on between $4 and $5
             group by 1 having count(*) >= $13
        ), round as (
            select distinct on (organization_id) organization_id as branch_id, period, closed_at is not null as closed
              from institute_branch_plan.evaluation_rounds where jurisdiction_id = $1 and year = $14 and period in ('HalfYear', 'YearEnd')
             order by organization_id, period = 'YearEnd' desc
        ), graded as (
            select r.branch_id, r.period, r.closed, count(x.grade) as graded, count(x.person_id) as lines
              from round r left join institute_branch_plan.evaluation_results x
                on x.jurisdiction_id = $1 and x.organization_id = r.branch_id and x.year = $14 and x.period = r.period
             group by 1, 2, 3
        ), notes as (
            select author_person_id, count(*) filter (where kind = 'reading-note') as reading_notes, count(*) filter (where kind = 'reflection') as reflections
              from blocks.counted_texts cross join zone z
             where jurisdiction_id = $1 and plugin_id = $2 and kind in ('reading-note', 'reflection') and period_date between $4 and $5
               and (submitted_at at time zone z.tz)::date <= $7
             group by 1
        ), report as (
            select distinct author_person_id from blocks.counted_texts
             where jurisdiction_id = $1 and plugin_id = $2 and kind = 'member-report' and period_date = $8
        ), per_member as (
            select m.branch_id, count(*) as members, count(p.owner_id) as plans, count(*) filter (where p.day > $6) as late,
                   count(*) filter (where p.owner_id is null and z.today > $6) as missing, count(*) filter (where g.n >= $10) as suggested,
                   count(r.person_id) as reached, count(an.person_id) as analyses, count(rep.author_person_id) as reports,
                   count(*) filter (where coalesce(n.reading_notes, 0) >= $11 and coalesce(n.reflections, 0) >= $12) as notes_met
              from member m cross join zone z
              left join plan p on p.owner_id = m.person_id
              left join given g on g.branch_id = m.branch_id and g.author_person_id = m.person_id
              left join reached r on r.person_id = m.person_id
              left join institute_branch_plan.party_spirit_analyses an on an.jurisdiction_id = $1 and an.person_id = m.person_id and an.year = $14
              left join report rep on rep.author_person_id = m.person_id
              left join notes n on n.author_person_id = m.person_id
             group by 1
        )
        select b.id, b.name, coalesce(pm.members, 0), coalesce(pm.plans, 0), coalesce(pm.late, 0), coalesce(pm.missing, 0),
               coalesce(pm.suggested, 0), coalesce(gt.n, 0), coalesce(gt.answered, 0), coalesce(st.attended, 0), coalesce(st.expected, 0),
               (select count(*) from unnest(rd.titles) t where t = any(rd.covered)), cardinality(rd.titles),
               coalesce(pm.reached, 0), coalesce(pm.analyses, 0), gr.period, gr.closed, gr.graded, gr.lines, coalesce(pm.reports, 0), coalesce(pm.notes_met, 0)
          from roster.organizations b
          left join per_member pm on pm.branch_id = b.id
          left join given_to gt on gt.branch_id = b.id
          left join study st on st.branch_id = b.id
          join reading rd on rd.branch_id = b.id
          left join graded gr on gr.branch_id = b.id
         where b.jurisdiction_id = $1 and b.kind = 'Branch'
        """;

    /// <summary>Every branch's figures, by branch id.</summary>
    public static async Task<IReadOnlyDictionary<long, Branch>> OverviewAsync(NpgsqlDataSource database, int jurisdiction)
    {
        await using var command = database.CreateCommand(Sql);
        BenchmarkKit.Parameters(command.Parameters, jurisdiction, InstituteYear.Plugin, Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31), PlansDue, NotesDue, Start, DocumentReadings,
            (long)MinSuggestions, (long)MinReadingNotes, (long)MinReflections, (long)MinEducationEvents, Year);
        await using var reader = await command.ExecuteReaderAsync();
        var branches = new Dictionary<long, Branch>();
        int Int(int i) => (int)reader.GetInt64(i);
        int? Maybe(int i) => reader.IsDBNull(i) ? null : (int)reader.GetInt64(i);
        while (await reader.ReadAsync())
            branches[reader.GetInt64(0)] = new Branch(reader.GetInt64(0), reader.GetString(1), Int(2), Int(3), Int(4), Int(5), Int(6), Int(7), Int(8), Int(9), Int(10),
                Int(11), reader.GetInt32(12), Int(13), Int(14), reader.IsDBNull(15) ? null : reader.GetString(15), reader.IsDBNull(16) ? null : reader.GetBoolean(16),
                Maybe(17), Maybe(18), Int(19), Int(20));
        return branches;
    }
}
