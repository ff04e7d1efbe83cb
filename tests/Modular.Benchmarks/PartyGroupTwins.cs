using Modular.Sdk.Scheduling;
using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The best hand-written SQL for the party group's progress page (ProgressService.OfficeAsync: each member's steps by
/// stage, and the group's own steps): one statement, one round trip, every step of the plan as a row (type, stage, person
/// or none for the group's, due day, day done) computed from the raw rows the plugin and the SDK blocks keep — running
/// totals by <c>sum(…) over (partition by person order by day)</c> for the 40 hours and the 20,000 characters, every pair of
/// members against the talks held, each unit's first visit, the rectification items grouped by lead and due day, local
/// days <c>(ts at time zone zone)::date</c> in the jurisdiction's zone. Connects as the owner, so it filters
/// jurisdiction_id itself; the office sees every member, so the plugin's visibility checks change no figure and are left
/// out. The plan's numbers and days are the document's (plugin.json's defaults, as the benchmark switches the plugin on).
/// <see cref="Fold"/> turns the rows into each member's three stage lines exactly as ProgressService.StageOf and
/// ProgressRule.Worst do.
/// </summary>
internal static class PartyGroupTwins
{
    // plugin.json's defaults: the document's stages and numbers.
    private static readonly DateOnly CampaignStart = new(2009, 3, 1), StudyEnd = new(2009, 4, 20), AnalysisEnd = new(2009, 5, 20), CampaignEnd = new(2009, 8, 20);
    private const decimal MinStudyHours = 40;
    private const int MinNoteCharacters = 20_000;
    private const string PeriodKey = "2009";

    /// <summary>One step of the plan: a member's (<paramref name="PersonId"/>) or the group's (null).</summary>
    public sealed record Step(string TypeKey, int Stage, long? PersonId, string? Name, DateOnly Due, DateOnly? DoneOn);

    /// <summary>A member's stage as the page's <c>StageLine</c> counts it: steps done of all, the worst state, how many missed and open.</summary>
    public sealed record StageLine(int Stage, int Done, int Total, DueState State, int Missing, int Open);

    public sealed record Member(long PersonId, string Name, IReadOnlyList<StageLine> Stages, IReadOnlyList<Step> Steps);

    public sealed record Progress(DateOnly Today, IReadOnlyList<Member> Members, IReadOnlyList<Step> Group);

    /// <summary>Every step of the plan and the jurisdiction's today, one statement.</summary>
    public static async Task<(DateOnly Today, List<Step> Steps)> StepsAsync(NpgsqlDataSource database, int j, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("""
            with tz as (
                select time_zone as zone, (now() at time zone time_zone)::date as today from jurisdictions.jurisdictions where id = $1
            ), grp as (
                select id from roster.organizations where jurisdiction_id = $1 and kind = 'PartyGroup' order by id limit 1
            ), part as (
                select s.person_id, s.role, p.name
                  from blocks.leading_body_seats s
                  join grp on grp.id = s.organization_id
                  join roster.people p on p.jurisdiction_id = s.jurisdiction_id and p.id = s.person_id
                 where s.jurisdiction_id = $1 and s.plugin_id = $2 and s.kind = 'leading-group' and s.body_type = 'LeadingGroup' and s.person_id is not null
            ), study_event as (
                select id, held_on, coalesce(details->>'kind', '') as kind from schedules.events
                 where jurisdiction_id = $1 and source = $2 || '.study' and held_on between $3 and $4
            ), studied as (
                select a.person_id, e.held_on as day, a.hours as amount
                  from schedules.attendance a join study_event e on e.id = a.event_id
                 where a.jurisdiction_id = $1 and a.attended and e.kind <> 'Mobilization'
                union all
                select author_person_id, period_date, coalesce(hours, 0) from blocks.counted_texts
                 where jurisdiction_id = $1 and plugin_id = $2 and kind = 'self-study' and period_date between $3 and $4
            ), hours_met as (
                select person_id, min(day) filter (where running >= $9) as done_on
                  from (select person_id, day, sum(sum(amount)) over (partition by person_id order by day) as running from studied group by person_id, day) r
                 group by person_id
            ), notes_met as (
                select person_id, min(day) filter (where running >= $10) as done_on
                  from (select author_person_id as person_id, period_date as day,
                               sum(sum(character_count)) over (partition by author_person_id order by period_date) as running
                          from blocks.counted_texts
                         where jurisdiction_id = $1 and plugin_id = $2 and kind = 'reading-note' and period_date between $5 and $7 and state <> 'Returned'
                         group by author_person_id, period_date) r
                 group by person_id
            ), research as (
                select author_person_id as person_id, case when state = 'Accepted' then (reviewed_at at time zone (select zone from tz))::date end as done_on
                  from blocks.counted_texts
                 where jurisdiction_id = $1 and plugin_id = $2 and kind = 'research-report' and period_date = $5
            ), discussed as (
                select c.person_id, (min(c.submitted_at) at time zone (select zone from tz))::date as done_on
                  from blocks.discussion_contributions c
                  join blocks.discussions d on d.jurisdiction_id = c.jurisdiction_id and d.id = c.discussion_id
                 where d.jurisdiction_id = $1 and d.plugin_id = $2 and d.kind = 'emancipation'
                 group by c.person_id
            ), personal as (
                select distinct on (owner_person_id) owner_person_id as person_id, (finalized_at at time zone (select zone from tz))::date as done_on
                  from blocks.documents
                 where jurisdiction_id = $1 and plugin_id = $2 and kind = 'personal-analysis-report' and owner_person_id is not null and starts_with(title, $8 || ' ')
                 order by owner_person_id, id desc
            ), opinion as (
                select person_id, min(received_on) as done_on from party_group_study.report_opinions where jurisdiction_id = $1 and period_key = $8 group by person_id
            ), meeting as (
                select coalesce((select held_on from schedules.events
                                  where jurisdiction_id = $1 and source = $2 || '.life-meeting' and organization_id = (select id from grp) and slot = $8), $6) as due
            ), pair as (
                select a.person_id as a, b.person_id as b, t.day
                  from part a join part b on b.person_id > a.person_id
                  left join (select person_a_id, person_b_id, min(talked_on) as day from party_group_study.heart_talks
                              where jurisdiction_id = $1 and period_key = $8 group by 1, 2) t on t.person_a_id = a.person_id and t.person_b_id = b.person_id
            ), talked as (
                select p.person_id, case when count(*) = count(x.day) then max(x.day) end as done_on
                  from part p join pair x on p.person_id in (x.a, x.b) group by p.person_id
            ), material as (
                select person_id, written_on as done_on from party_group_study.speaking_materials where jurisdiction_id = $1 and period_key = $8
            ), group_report as (
                select id, (submitted_at at time zone (select zone from tz))::date as submitted_on
                  from blocks.documents
                 where jurisdiction_id = $1 and plugin_id = $2 and kind = 'group-analysis-report' and organization_id = (select id from grp) and starts_with(title, $8 || ' ')
                 order by id desc limit 1
            ), commented as (
                select person_id, (min(at) at time zone (select zone from tz))::date as done_on
                  from blocks.document_comments
                 where jurisdiction_id = $1 and document_id = (select id from group_report) and person_id is not null
                 group by person_id
            ), guided as (
                select u.person_id, case when count(f.first) = count(*) then max(f.first) end as done_on
                  from party_group_study.member_units u
                  left join (select unit_id, min(visited_on) as first from party_group_study.guidance_visits where jurisdiction_id = $1 group by unit_id) f on f.unit_id = u.id
                 where u.jurisdiction_id = $1
                 group by u.person_id
            ), rectified as (
                select r.lead_person_id as person_id, coalesce(case when r.mode = 'Deadline' then r.deadline else d.due_on end, $7) as due,
                       case when count(r.completed_on) = count(*) then max(r.completed_on) end as done_on
                  from blocks.rectifications r
                  join part on part.person_id = r.lead_person_id
                  left join party_group_study.rectification_immediate_dues d on d.jurisdiction_id = r.jurisdiction_id and d.rectification_id = r.id
                 where r.jurisdiction_id = $1 and r.plugin_id = $2 and r.kind = 'rectification'
                 group by 1, 2
            ), step (type_key, stage, person_id, due, done_on) as (
                select 'mobilization', 1, null::bigint, $4::date, (select min(held_on) from study_event where kind = 'Mobilization')
                union all select 'study-hours', 1, p.person_id, $4, h.done_on from part p left join hours_met h using (person_id)
                union all select 'reading-notes', 1, p.person_id, $4, n.done_on from part p left join notes_met n using (person_id)
                union all select 'research-report', 1, p.person_id, $4, r.done_on from part p left join research r using (person_id)
                union all select 'emancipation', 1, p.person_id, $4, d.done_on from part p left join discussed d using (person_id)
                union all select 'personal-report', 2, p.person_id, $6, r.done_on from part p left join personal r using (person_id)
                union all select 'report-opinions', 2, p.person_id, (select due from meeting), o.done_on from part p left join opinion o using (person_id)
                union all select 'talks', 2, p.person_id, $6, t.done_on from part p left join talked t using (person_id)
                union all select 'speaking-material', 2, p.person_id, (select due from meeting), m.done_on from part p left join material m using (person_id)
                union all select 'group-report-comment', 2, p.person_id, $6, c.done_on from part p left join commented c using (person_id)
                union all select 'group-report-evaluation', 2, null, $6,
                                 (select closed_on from party_group_study.report_evaluations where jurisdiction_id = $1 and period_key = $8)
                union all select 'group-report-submitted', 2, null, $6, (select submitted_on from group_report)
                union all select 'guidance', 3, p.person_id, $7, g.done_on from part p left join guided g using (person_id) where p.role <> 'Leader'
                union all select 'rectification', 3, person_id, due, done_on from rectified
                union all select 'satisfaction-survey', 3, null, $7, (select published_on from party_group_study.satisfaction_surveys where jurisdiction_id = $1)
                union all select 'summary-report', 3, null, $7,
                                 (select (submitted_at at time zone (select zone from tz))::date from blocks.documents
                                   where jurisdiction_id = $1 and plugin_id = $2 and kind = 'summary-report' and organization_id = (select id from grp) order by id desc limit 1)
            )
            select $2 || '.' || s.type_key, s.stage, s.person_id, p.name, s.due, s.done_on, (select today from tz)
              from step s left join part p on p.person_id = s.person_id
            """);
        Parameters(command.Parameters, j, PartyGroupYear.Plugin, CampaignStart, StudyEnd, CampaignStart, AnalysisEnd, CampaignEnd, PeriodKey, MinStudyHours, MinNoteCharacters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var steps = new List<Step>();
        var today = default(DateOnly);
        while (await reader.ReadAsync(ct))
        {
            steps.Add(new(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateOnly>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
            today = reader.GetFieldValue<DateOnly>(6);
        }
        return (today, steps);
    }

    /// <summary>The office's progress: the steps, folded per member and stage.</summary>
    public static async Task<Progress> ProgressAsync(NpgsqlDataSource database, int j, CancellationToken ct = default)
    {
        var (today, steps) = await StepsAsync(database, j, ct);
        return Fold(today, steps);
    }

    /// <summary>
    /// Each member (everyone with a step of their own: every participant owes the 40 hours) by stage: done (on time or late)
    /// of all, the worst state (missed before pending before late before done; nothing due yet is not due), how many
    /// missed and open; and the group's steps. As ProgressService.StageOf and ProgressRule.Worst.
    /// </summary>
    public static Progress Fold(DateOnly today, IReadOnlyList<Step> steps)
    {
        var members = steps.Where(s => s.PersonId is not null).GroupBy(s => s.PersonId!.Value).Select(person =>
        {
            var mine = person.ToList();
            var stages = new[] { 1, 2, 3 }.Select(stage =>
            {
                var states = mine.Where(s => s.Stage == stage).Select(s => DueStates.Of(s.Due, s.DoneOn, today)).ToList();
                return new StageLine(stage, states.Count(s => s.IsDone()), states.Count, Worst(states),
                    states.Count(s => s == DueState.Missed), states.Count(s => s == DueState.Pending));
            }).ToList();
            return new Member(person.Key, mine[0].Name ?? $"#{person.Key}", stages, mine);
        }).ToList();
        return new Progress(today, members, [.. steps.Where(s => s.PersonId is null)]);
    }

    private static DueState Worst(IReadOnlyList<DueState> states)
    {
        if (states.Count == 0) return DueState.NotDue;
        foreach (var state in new[] { DueState.Missed, DueState.Pending, DueState.Late })
            if (states.Contains(state)) return state;
        return states.All(s => s == DueState.Done) ? DueState.Done : DueState.NotDue;
    }
}
