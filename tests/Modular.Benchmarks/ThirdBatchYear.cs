using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The banner's third batch (seed 003) at size, set-based (INSERT … SELECT over generate_series and the roster), straight into
/// the tables the plugin and the SDK blocks read: the kit's tree with an organs branch under each sumu/town (not a unit: its
/// people count toward the town) and every 7th branch a community; each unit's chosen start in autumn 2009 (so every state is
/// final today), its situation report and plan (versions with 2–5 KB bodies), outreach to its outgoing members, a secretary
/// training per town and three study sessions per unit with attendance, the checklist with its gaps followed up, guidance groups
/// and visits, struggling gacha and their help; the five systems in the CURRENT year (the plugin reads campaign.Today's year).
/// Every mix is a deterministic hash of the row's key, so a run is the same each time. What <see cref="ThirdBatchBenchmark"/> times.
/// </summary>
internal static class ThirdBatchYear
{
    public const string Plugin = "banner-third-batch";

    // An empty JSON object or array literal: braces cannot stand in an interpolated raw string.
    private const string Empty = "'{}'";

    /// <summary>A deterministic 0..99 of a row's key and a salt.</summary>
    private static string Pct(string key, int salt) => $"((hashint8(({key})::bigint * 1009 + {salt}) & 2147483647) % 100)";

    // The units as the plugin reads them (UnitRule.KindOf): a town committee, or a gacha/community branch.
    private const string UnitKinds = """
        (case when o.kind = 'PartyCommittee' and o.sector = 'Township' then 'T'
              when o.kind in ('Branch', 'GeneralBranch') and o.sector in ('Village', 'Community') then 'G' end)
        """;

    public static async Task LoadAsync(NpgsqlDataSource database, int j, int members, int branches, int towns, string zone)
    {
        await TreeAsync(database, j, towns, branches);
        await RosterAsync(database, j, members, branches, towns);
        await SchedulesAsync(database, j);
        await DocumentsAsync(database, j, zone);
        await OutreachAsync(database, j, zone);
        await SessionsAsync(database, j, zone);
        await SystemsAsync(database, j, zone);
        await ChecklistAsync(database, j, zone);
        await GuidanceAsync(database, j, zone);
        await StrugglingAsync(database, j, zone);
        await VacuumAnalyzeAsync(database,
        [
            "roster.organizations", "roster.people", "roster.officers", "blocks.unit_schedules", "blocks.documents", "blocks.document_versions",
            "blocks.rectifications", "schedules.events", "schedules.attendance", "banner_third_batch.outreach_contacts", "banner_third_batch.unit_goals",
            "banner_third_batch.accountability_cases", "banner_third_batch.unit_analyses", "banner_third_batch.notices", "banner_third_batch.notice_addressees",
            "banner_third_batch.unit_assessments", "banner_third_batch.checklist_items", "banner_third_batch.follow_ups", "banner_third_batch.guidance_groups",
            "banner_third_batch.guidance_visits", "banner_third_batch.struggling_gacha", "banner_third_batch.assistance",
        ]);
    }

    // The kit's tree (root → towns t1… → branches b1…, village sector), every 7th branch a community, the towns of the township
    // sector, and under each town its organs' branch o1… (township sector, so no unit of its own).
    private static async Task TreeAsync(NpgsqlDataSource database, int j, int towns, int branches)
    {
        var root = await OrganizationTreeAsync(database, j, "阿拉善右旗委员会", towns, branches);
        await ExecuteAsync(database, $"update roster.organizations set sector = 'Community', name = '第' || substr(code, 2) || '社区党支部' where jurisdiction_id = {j} and code ~ '^b[0-9]+$' and substr(code, 2)::int % 7 = 0");
        await ExecuteAsync(database, $"update roster.organizations set sector = 'GovernmentOrgan' where jurisdiction_id = {j} and id = {root}");
        await ExecuteAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind, sector)
            select {j}, t.id, 'o' || substr(t.code, 2), t.name || '机关党支部', 'Branch', 'Township'
              from roster.organizations t where t.jurisdiction_id = {j} and t.code ~ '^t[0-9]+$'
            """);
    }

    // Members dealt round the branches and the organs' branches, 5% outgoing; each branch's first member its secretary.
    private static async Task RosterAsync(NpgsqlDataSource database, int j, int members, int branches, int towns)
    {
        await ExecuteAsync(database, $"""
            insert into roster.people (jurisdiction_id, organization_id, name, gender, ethnicity, birth_date, education, category, joined_on, is_outgoing, whereabouts)
            select {j}, o.id, case when m % 3 = 0 then '巴特尔' else '王芳' end || m, case when m % 2 = 0 then '男' else '女' end,
                   case when m % 3 = 0 then '蒙古族' else '汉族' end, date '1950-01-01' + (m * 37) % 18000, '高中',
                   case when m % 20 = 0 then 'Probationary' else 'Full' end, date '1975-01-01' + (m * 53) % 12000,
                   x.out, case when x.out then '内蒙古阿拉善左旗务工' end
              from generate_series(1, {members}) m
             cross join lateral (select 1 + (m - 1) % {branches + towns} as k) i
              join roster.organizations o on o.jurisdiction_id = {j} and o.code = case when i.k <= {branches} then 'b' || i.k else 'o' || (i.k - {branches}) end
             cross join lateral (select {Pct("m", 1)} < 5 as out) x
            """);
        await ExecuteAsync(database, $"""
            insert into roster.officers (jurisdiction_id, organization_id, person_id, post)
            select {j}, organization_id, min(id), 'Secretary' from roster.people where jurisdiction_id = {j} group by organization_id
            """);
    }

    // 95% of units chose a start between 2009-09-15 and 12-01; a fifth of the gacha a longer concentrated phase (5 months);
    // 80% reported finishing, some only after the end (overrun).
    private static async Task SchedulesAsync(NpgsqlDataSource database, int j)
    {
        await ExecuteAsync(database, $"""
            insert into blocks.unit_schedules (jurisdiction_id, plugin_id, kind, organization_id, starts_on, chosen_ends, finished_on, recorded_at, recorded_by, version)
            select {j}, '{Plugin}', 'unit-schedule', o.id, s.start,
                   case when s.chosen then jsonb_build_object('concentrated', to_char(s.start + interval '5 months', 'YYYY-MM-DD')) else {Empty}::jsonb end,
                   case when {Pct("o.id", 12)} < 80 then (s.start + case when u = 'T' then interval '6 months' when s.chosen then interval '5 months' else interval '4 months' end)::date + {Pct("o.id", 13)} % 75 end,
                   now(), '书记', 1
              from roster.organizations o
             cross join lateral (select {UnitKinds} as u) k
             cross join lateral (select date '2009-09-15' + {Pct("o.id", 10)} * 77 / 100 as start, k.u = 'G' and {Pct("o.id", 11)} < 20 as chosen) s
             where o.jurisdiction_id = {j} and k.u is not null and {Pct("o.id", 14)} < 95
            """);
    }

    // Each unit's situation report (90%) and plan (95%), one to three versions of 2–5 KB, three quarters of the plans final; a
    // few units drafted a plan again after an approved one (the plugin reads the latest).
    private static async Task DocumentsAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into blocks.documents (jurisdiction_id, plugin_id, kind, title, organization_id, version, final, finalized_at)
            select {j}, '{Plugin}', d.kind, o.name || case when d.kind = 'situation' then '调查研究情况' else '第三批学习实践活动实施方案' end, o.id,
                   1 + {Pct("o.id + d.n", 21)} % 3, d.final, case when d.final then (date '2009-11-20' + {Pct("o.id", 22)} + time '10:00') at time zone '{zone}' end
              from roster.organizations o
             cross join lateral (select {UnitKinds} as u) k
             cross join lateral (values ('situation', 1, {Pct("o.id", 23)} < 50, {Pct("o.id", 24)} < 90),
                                        ('unit-plan', 2, {Pct("o.id", 25)} < 75 or {Pct("o.id", 26)} < 3, {Pct("o.id", 27)} < 95),
                                        ('unit-plan', 3, false, {Pct("o.id", 26)} < 3)) as d(kind, n, final, present)
             where o.jurisdiction_id = {j} and k.u is not null and d.present
             order by d.n, o.id
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.document_versions (jurisdiction_id, document_id, version, body, character_count, note, written_by, written_at)
            select {j}, d.id, v, b.body, char_length(b.body), case when v > 1 then '根据意见修改' end, '书记',
                   (date '2009-10-01' + v * 7 + {Pct("d.id", 28)} % 20 + time '16:00') at time zone '{zone}'
              from blocks.documents d
             cross join generate_series(1, d.version) v
             cross join lateral (select repeat('深入学习实践科学发展观，围绕推动科学发展、促进社会和谐、服务人民群众、加强基层组织，查找突出问题。', 24 + {Pct("d.id * 3 + v", 29)} % 36) as body) b
             where d.jurisdiction_id = {j} and d.plugin_id = '{Plugin}'
            """);
    }

    // 90% of the outgoing members reached, a fifth of them twice.
    private static async Task OutreachAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.outreach_contacts (jurisdiction_id, person_id, reached_on, method, note, recorded_by, recorded_at, version)
            select {j}, p.id, date '2009-10-10' + {Pct("p.id", 31)} % 60 + (n - 1) * 20, (array['Phone', 'Letter', 'Visit', 'Message'])[1 + (p.id + n) % 4],
                   '传达活动要求', '书记', (date '2009-12-31' + time '12:00') at time zone '{zone}', 1
              from roster.people p cross join generate_series(1, 2) n
             where p.jurisdiction_id = {j} and p.is_outgoing and {Pct("p.id", 32)} < 90 and (n = 1 or {Pct("p.id", 33)} < 20)
            """);
    }

    // A secretary training per town (90% of the secretaries of its units there; a tenth of the rest at the banner's one) and three
    // study sessions per unit (required books, 根平, lectures; a few with no kind or one the plugin does not know, read as lectures)
    // with every member of the unit on the list, 85% attending.
    private static async Task SessionsAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, place, details, recorded_at, recorded_by, version)
            select {j}, x.title, x.category, o.id, (x.day + time '09:00') at time zone '{zone}', 4, x.day, 'banner-third-batch.session', '党员活动室', x.details,
                   (x.day + time '18:00') at time zone '{zone}', '书记', 1
              from roster.organizations o
             cross join lateral (select {UnitKinds} as u) k
             cross join lateral (
                 select o.name || '党支部书记培训班' as title, 'training' as category, date '2009-10-20' + {Pct("o.id", 41)} % 20 as day,
                        jsonb_build_object('kind', 'SecretaryTraining') as details, k.u = 'T' as present
                 union all
                 select o.name || '第' || n || '次集中学习', 'lecture', date '2009-10-01' + n * 21 + {Pct("o.id + n", 42)} % 14,
                        case when {Pct("o.id + n", 43)} < 3 then {Empty}::jsonb when {Pct("o.id + n", 43)} < 5 then jsonb_build_object('kind', 'Discussion')
                             else jsonb_build_object('kind', (array['RequiredBooks', 'GenPing', 'Lecture'])[n]) end, true
                   from generate_series(1, 3) n) x
             where o.jurisdiction_id = {j} and k.u is not null and x.present
            union all
            select {j}, '全旗党支部书记示范培训班', 'training', o.id, (date '2009-09-28' + time '09:00') at time zone '{zone}', 8, date '2009-09-28',
                   'banner-third-batch.session', '旗委党校', jsonb_build_object('kind', 'SecretaryTraining'), now(), '旗委组织部', 1
              from roster.organizations o where o.jurisdiction_id = {j} and o.parent_id is null
            """);
        // Each member's unit (the nearest unit at or above their organization): their branch, or the town for the organs' branch.
        await ExecuteAsync(database, $"""
            create unlogged table public.bench_member_unit as
            select p.id as person_id, case when b.sector = 'Township' then b.parent_id else b.id end as unit_id, b.parent_id as town_id,
                   exists (select 1 from roster.officers s where s.jurisdiction_id = p.jurisdiction_id and s.person_id = p.id and s.post = 'Secretary') as secretary
              from roster.people p join roster.organizations b on b.jurisdiction_id = p.jurisdiction_id and b.id = p.organization_id
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended, absence_reason)
            select {j}, e.id, m.person_id, case when a then 4 else 0 end, a, case when not a then '外出' end
              from public.bench_member_unit m
              join schedules.events e on e.jurisdiction_id = {j} and e.source = 'banner-third-batch.session' and e.organization_id = m.unit_id and e.kind = 'lecture'
             cross join lateral (select {Pct("m.person_id * 4 + e.id", 44)} < 85 as a) x
            union all
            select {j}, e.id, m.person_id, case when a then 8 else 0 end, a, case when not a then '请假' end
              from public.bench_member_unit m
              join schedules.events e on e.jurisdiction_id = {j} and e.source = 'banner-third-batch.session' and e.organization_id = m.town_id and e.kind = 'training'
             cross join lateral (select {Pct("m.person_id", 45)} < 90 as a) x
             where m.secretary
            union all
            select {j}, e.id, m.person_id, 8, true, null
              from public.bench_member_unit m
              join schedules.events e on e.jurisdiction_id = {j} and e.source = 'banner-third-batch.session' and e.title = '全旗党支部书记示范培训班'
             where m.secretary and {Pct("m.person_id", 45)} >= 90 and {Pct("m.person_id", 46)} < 30
            """);
        await ExecuteAsync(database, "drop table public.bench_member_unit");
    }

    // The five systems in the current year: goals (80% of units), analyses (75%), twelve notices from the office to every unit
    // (each read by 90%), assessments (70%), a few accountability cases.
    private static async Task SystemsAsync(NpgsqlDataSource database, int j, string zone)
    {
        var year = $"extract(year from now() at time zone '{zone}')::int";
        var firstDay = $"make_date({year}, 1, 1)";
        var days = $"greatest(1, (now() at time zone '{zone}')::date - {firstDay} + 1)";
        const string units = $"from roster.organizations o cross join lateral (select {UnitKinds} as u) k";
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.unit_goals (jurisdiction_id, unit_id, year, goal, target, recorded_by, recorded_at, version)
            select {j}, o.id, {year}, '基层党建工作目标', '五个好', '书记', now(), 1 {units} where o.jurisdiction_id = {j} and k.u is not null and {Pct("o.id", 51)} < 80
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.unit_analyses (jurisdiction_id, unit_id, period, held_on, body, recorded_by, recorded_at, version)
            select {j}, o.id, '上半年', {firstDay} + {Pct("o.id", 52)} % {days}, '分析党建工作形势，查找问题。', '书记', now(), 1
              {units} where o.jurisdiction_id = {j} and k.u is not null and {Pct("o.id", 53)} < 75
            union all
            select {j}, o.id, '上年', {firstDay} - 30, '去年的分析。', '书记', now(), 1 {units} where o.jurisdiction_id = {j} and k.u is not null and {Pct("o.id", 53)} >= 90
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.notices (jurisdiction_id, issuer_town_id, title, body, issued_on, issued_by, issued_at, version)
            select {j}, null::bigint, '第' || n || '期基层党建工作通报', '通报各单位工作进展。', {firstDay} + (n * 29) % {days}, '旗委组织部', now(), 1 from generate_series(1, 12) n
            union all
            select {j}, null, '上年通报', '上年。', {firstDay} - 10, '旗委组织部', now(), 1
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.notice_addressees (jurisdiction_id, notice_id, unit_id, read_at, read_by)
            select {j}, n.id, o.id, case when {Pct("o.id * 16 + n.id", 54)} < 90 then now() end, case when {Pct("o.id * 16 + n.id", 54)} < 90 then '书记' end
              from banner_third_batch.notices n cross join roster.organizations o cross join lateral (select {UnitKinds} as u) k
             where n.jurisdiction_id = {j} and o.jurisdiction_id = {j} and k.u is not null
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.unit_assessments (jurisdiction_id, unit_id, year, score, comment, assessed_on, assessed_by, recorded_at, version)
            select {j}, o.id, {year}, 60 + {Pct("o.id", 55)} % 40, '良好', {firstDay}, '旗委组织部', now(), 1 {units} where o.jurisdiction_id = {j} and k.u is not null and {Pct("o.id", 56)} < 70
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.accountability_cases (jurisdiction_id, unit_id, person, problem, action, decided_on, recorded_by, recorded_at, version)
            select {j}, o.id, '某书记', '党建责任落实不力', '诫勉谈话', {firstDay}, '旗委组织部', now(), 1 {units} where o.jurisdiction_id = {j} and k.u is not null and {Pct("o.id", 57)} < 5
            """);
    }

    // Eight items for 90% of the units (70% confirmed, 10% a gap, the rest not verified); each gap a follow-up rectification
    // (60% completed) linked back to its item.
    private static async Task ChecklistAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.checklist_items (jurisdiction_id, unit_id, item, in_place, note, reported_by, reported_at, verdict, verified_by, verified_on, version)
            select {j}, o.id, i.item, v.h < 80, '已落实', '书记', now(), case when v.h < 70 then 'Confirmed' when v.h < 80 then 'Gap' end,
                   case when v.h < 80 then '指导组' end, case when v.h < 80 then date '2009-12-15' end, 1
              from roster.organizations o cross join lateral (select {UnitKinds} as u) k
             cross join unnest(array['Recognition', 'Organization', 'Measures', 'Work', 'Body', 'People', 'Venue', 'Funds']) with ordinality i(item, n)
             cross join lateral (select {Pct("o.id * 8 + i.n", 61)} as h) v
             where o.jurisdiction_id = {j} and k.u is not null and {Pct("o.id", 62)} < 90
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.rectifications (jurisdiction_id, plugin_id, kind, organization_id, problem, found_in, mode, deadline, published, completed_on, evidence, version)
            select {j}, '{Plugin}', 'follow-up', c.unit_id, '“' || c.item || '”未落实到位', 'checklist:' || c.item, 'Deadline', date '2010-01-15', false,
                   case when {Pct("c.unit_id * 8 + length(c.item)", 63)} < 60 then date '2010-01-10' end, null, 1
              from banner_third_batch.checklist_items c where c.jurisdiction_id = {j} and c.verdict = 'Gap'
            """);
        await ExecuteAsync(database, $"""
            update banner_third_batch.checklist_items c set follow_up_id = r.id
              from blocks.rectifications r
             where c.jurisdiction_id = {j} and r.jurisdiction_id = {j} and r.plugin_id = '{Plugin}' and r.organization_id = c.unit_id and r.found_in = 'checklist:' || c.item
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.follow_ups (jurisdiction_id, rectification_id, unit_id, checklist_item)
            select {j}, c.follow_up_id, c.unit_id, c.item from banner_third_batch.checklist_items c where c.jurisdiction_id = {j} and c.follow_up_id is not null
            """);
    }

    // One banner group per town (the town and 95% of its gacha), one town group per town (its gacha); visits in the concentrated
    // phase for 85% of the scheduled units (and a few after it), a fifth of them with a follow-up.
    private static async Task GuidanceAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.guidance_groups (jurisdiction_id, name, sender_town_id, leader_person_id, member_ids, unit_ids, version, recorded_by, recorded_at)
            select {j}, '旗委第' || substr(t.code, 2) || '指导组', s.sender, l.leader, array[l.leader], s.units, 1, '旗委组织部', now()
              from roster.organizations t
             cross join lateral (select min(p.id) as leader from roster.people p where p.jurisdiction_id = {j}) l
             cross join lateral (
                 select null::bigint as sender, array_prepend(t.id, coalesce(array_agg(b.id order by b.id), {Empty})) as units
                   from roster.organizations b where b.jurisdiction_id = {j} and b.parent_id = t.id and b.sector in ('Village', 'Community') and {Pct("b.id", 71)} < 95
                 union all
                 select t.id, coalesce(array_agg(b.id order by b.id), {Empty})
                   from roster.organizations b where b.jurisdiction_id = {j} and b.parent_id = t.id and b.sector in ('Village', 'Community')) s
             where t.jurisdiction_id = {j} and t.code ~ '^t[0-9]+$'
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.guidance_visits (jurisdiction_id, unit_id, group_id, visited_on, findings, recorded_by, recorded_at)
            select {j}, s.organization_id, g.id, s.starts_on + case when h < 85 then 10 + h else 250 end, '学习扎实，资料齐全。', '指导组', now()
              from blocks.unit_schedules s
             cross join lateral (select {Pct("s.organization_id", 72)} as h) x
              join roster.organizations o on o.jurisdiction_id = s.jurisdiction_id and o.id = s.organization_id
              join banner_third_batch.guidance_groups g on g.jurisdiction_id = s.jurisdiction_id and g.sender_town_id is null
                   and g.unit_ids[1] = case when o.sector = 'Township' then o.id else o.parent_id end
             where s.jurisdiction_id = {j} and s.plugin_id = '{Plugin}' and h < 92
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.rectifications (jurisdiction_id, plugin_id, kind, organization_id, problem, found_in, mode, deadline, published, completed_on, version)
            select {j}, '{Plugin}', 'follow-up', v.unit_id, '学习笔记不全', 'visit:' || v.id, 'Deadline', v.visited_on + 30, false,
                   case when {Pct("v.id", 73)} < 60 then v.visited_on + 20 end, 1
              from banner_third_batch.guidance_visits v where v.jurisdiction_id = {j} and {Pct("v.id", 74)} < 20
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.follow_ups (jurisdiction_id, rectification_id, unit_id, visit_id)
            select {j}, r.id, r.organization_id, substr(r.found_in, 7)::bigint
              from blocks.rectifications r where r.jurisdiction_id = {j} and r.plugin_id = '{Plugin}' and r.found_in like 'visit:%'
            """);
    }

    // A tenth of the gacha and communities marked (a few unmarked again), 70% of those helped (venue, funds, materials; help to a
    // member does not count for the organization).
    private static async Task StrugglingAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.struggling_gacha (jurisdiction_id, unit_id, struggling, kind, reason, marked_on, marked_by, marked_at, version)
            select {j}, o.id, {Pct("o.id", 81)} < 9, case when o.id % 3 = 0 then 'Lax' else 'Difficult' end, '集体经济薄弱', date '2009-10-15', '苏木镇党委', now(), 1
              from roster.organizations o
             where o.jurisdiction_id = {j} and o.kind = 'Branch' and o.sector in ('Village', 'Community') and {Pct("o.id", 81)} < 10
            """);
        await ExecuteAsync(database, $"""
            insert into banner_third_batch.assistance (jurisdiction_id, unit_id, town_id, person_id, kind, amount, detail, given_on, recorded_by, recorded_at, version)
            select {j}, s.unit_id, o.parent_id, case when n = 3 then m.person end,
                   case when n = 3 then 'Member' else (array['Venue', 'Funds', 'Materials'])[1 + (s.unit_id + n) % 3] end,
                   5000, '帮扶', date '2009-11-01' + n, '苏木镇党委', now(), 1
              from banner_third_batch.struggling_gacha s join roster.organizations o on o.jurisdiction_id = s.jurisdiction_id and o.id = s.unit_id
             cross join lateral (select min(p.id) as person from roster.people p where p.jurisdiction_id = {j} and p.organization_id = o.id) m
             cross join generate_series(1, 3) n
             where s.jurisdiction_id = {j} and case when n = 3 then m.person is not null else {Pct("s.unit_id", 82)} < 70 and (n = 1 or {Pct("s.unit_id", 83)} < 50) end
            """);
    }
}
