using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The county contest's year at size, set-based (INSERT … SELECT over generate_series and the roster; no row-by-row loop),
/// straight into the tables the plugin and the SDK blocks read: the document's own dates (plugin.json's defaults), so
/// stage 1 is May 2010, the five activities and 七一 (partySpirit.before 2010-07-01) fall in stage 2 (2010-06-01 … 2011-06-30),
/// grading in stage 3 and the showcase in stage 4. Every mix (done / late / missing) is a deterministic hash of the row's key,
/// so a run is the same each time. What <see cref="CountyBenchmark"/> times the pages on.
/// </summary>
internal static class CountyYear
{
    public const string Plugin = "county-five-activities";
    private const string Party = "('PartyCommittee', 'GeneralBranch', 'Branch', 'PartyGroup')";

    /// <summary>A deterministic 0..99 of a row's key and a salt (independent salts give independent mixes).</summary>
    private static string Pct(string key, int salt) => Spread(key, salt, 100);

    /// <summary>A deterministic 0..<paramref name="n"/>-1 of a row's key and a salt.</summary>
    private static string Spread(string key, int salt, int n) => $"((hashint8(({key})::bigint * 1009 + {salt}) & 2147483647) % {n})";

    /// <summary>Loads everything; answers the root's id. <paramref name="zone"/> is the jurisdiction's time zone (local times of the records).</summary>
    public static async Task<long> LoadAsync(NpgsqlDataSource database, int j, int members, int branches, int towns, string zone)
    {
        var root = await TreeAsync(database, j, towns, branches);
        await RosterAsync(database, j, members, branches, root);
        await MobilizationAsync(database, j, root, zone);
        await PartySpiritAsync(database, j, zone);
        await FiveActivitiesAsync(database, j, zone);
        await CommendationAsync(database, j, root, zone);
        await StageThreeAsync(database, j, zone);
        await EventsAsync(database, j, root, zone);
        await VacuumAnalyzeAsync(database,
        [
            "roster.organizations", "roster.people", "roster.officers", "blocks.counted_texts", "blocks.pledges", "blocks.nominations", "blocks.nomination_steps",
            "schedules.events", "schedules.attendance", "county_five.mobilization_meetings", "county_five.plan_filings", "county_five.party_spirit_weeks",
            "county_five.dedication_records", "county_five.member_posts", "county_five.service_records", "county_five.badges", "county_five.demonstration_units",
            "county_five.nomination_days", "county_five.four_finds", "county_five.five_goods_scores", "county_five.five_models_assessments",
            "county_five.typical_models", "county_five.typical_model_publicity", "county_five.summary_reports",
        ]);
        return root;
    }

    // The county committee over its townships over their branches (the kit's tree), a tenth of the branches in each of four
    // other sectors (community, organ, enterprise, school) so the by-sector table has rows; the leading group and its office
    // under the county committee (not party organizations: the figures leave them out).
    private static async Task<long> TreeAsync(NpgsqlDataSource database, int j, int towns, int branches)
    {
        var root = await OrganizationTreeAsync(database, j, "XX县委", towns, branches);
        await ExecuteAsync(database, $"""
            update roster.organizations o set sector = s.sector, name = '第' || s.n || s.suffix
              from (select id, substr(code, 2)::int as n,
                           (array['Village', 'Village', 'Village', 'Village', 'Village', 'Village', 'Community', 'GovernmentOrgan', 'NonPublicEnterprise', 'Education'])[1 + substr(code, 2)::int % 10] as sector,
                           (array['村党支部', '村党支部', '村党支部', '村党支部', '村党支部', '村党支部', '社区党支部', '机关党支部', '企业党支部', '学校党支部'])[1 + substr(code, 2)::int % 10] as suffix
                      from roster.organizations where jurisdiction_id = {j} and code ~ '^b[0-9]+$') s
             where o.jurisdiction_id = {j} and o.id = s.id
            """);
        await ExecuteAsync(database, $"update roster.organizations set name = '第' || substr(code, 2) || '乡镇党委' where jurisdiction_id = {j} and code ~ '^t[0-9]+$'");
        await ExecuteAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind)
            values ({j}, {root}, 'lg', '县创先争优活动领导小组', 'LeadingGroup'), ({j}, {root}, 'lgo', '县创先争优活动领导小组办公室', 'LeadingGroupOffice')
            """);
        return root;
    }

    // Members dealt round the branches (half serving, a quarter retired, a tenth not working, the rest not given: 在职状态
    // decides who owes a party-spirit report); each branch's first member its secretary, each township's and the county's
    // the last member of their subtree.
    private static async Task RosterAsync(NpgsqlDataSource database, int j, int members, int branches, long root)
    {
        await ExecuteAsync(database, $"""
            insert into roster.people (jurisdiction_id, organization_id, name, gender, ethnicity, birth_date, education, category, joined_on, phone, id_number, employment)
            select {j}, o.id, case when m % 3 = 0 then '张' else '李' end || '党员' || m, case when m % 2 = 0 then '男' else '女' end, '汉族',
                   date '1945-01-01' + (m * 37) % 20000, '高中', case when m % 20 = 0 then 'Probationary' else 'Full' end, date '1970-01-01' + (m * 53) % 14000,
                   '139' || lpad(m::text, 8, '0'), '410000' || lpad(m::text, 12, '0'),
                   case when e < 50 then 'Serving' when e < 75 then 'Retired' when e < 85 then 'NotWorking' else 'Unspecified' end
              from generate_series(1, {members}) m
              join roster.organizations o on o.jurisdiction_id = {j} and o.code = 'b' || (1 + (m - 1) % {branches})
             cross join lateral (select {Pct("m", 1)} as e) x
            """);
        await ExecuteAsync(database, $"""
            insert into roster.officers (jurisdiction_id, organization_id, person_id, post)
            select {j}, organization_id, min(id), 'Secretary' from roster.people where jurisdiction_id = {j} group by organization_id
            union all
            select {j}, b.parent_id, max(p.id), 'Secretary'
              from roster.people p join roster.organizations b on b.jurisdiction_id = p.jurisdiction_id and b.id = p.organization_id
             where p.jurisdiction_id = {j} group by b.parent_id
            union all
            select {j}, {root}, max(id) - 1, 'Secretary' from roster.people where jurisdiction_id = {j}
            """);
    }

    // Stage 1: the county's meeting on 05-05 and the townships' (70% within the 7 days, 15% late, 15% never: overdue), a tenth
    // deployed by someone other than the secretary; plans filed with the level above (75% received, returned, waiting, 10%
    // never filed), each with its public pledge (90% published).
    private static async Task MobilizationAsync(NpgsqlDataSource database, int j, long root, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into county_five.mobilization_meetings (jurisdiction_id, organization_id, held_on, attendees, note, recorded_by, recorded_at, deployed_by_person_id)
            select {j}, o.id, d, 40 + h, '创先争优活动动员大会', '县创先争优办', (d + time '17:00') at time zone '{zone}', s.person_id - case when h % 10 = 0 then 1 else 0 end
              from roster.organizations o
              join roster.officers s on s.jurisdiction_id = o.jurisdiction_id and s.organization_id = o.id and s.post = 'Secretary'
             cross join lateral (select {Pct("o.id", 11)} as h) x
             cross join lateral (select case when o.id = {root} then date '2010-05-05' when h < 70 then date '2010-05-06' + h % 7 else date '2010-05-13' + h % 6 end as d) dd
             where o.jurisdiction_id = {j} and o.kind = 'PartyCommittee' and (o.id = {root} or h < 85)
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.plan_filings (jurisdiction_id, organization_id, filed_with_organization_id, title, body, state, submissions, submitted_at, submitted_by, comment, decided_by, decided_at)
            select {j}, o.id, o.parent_id, o.name || '创先争优活动实施方案', repeat('围绕中心、服务大局，创建五个好、争当五个模范。', 20),
                   case when h < 75 then 'Received' when h < 82 then 'Returned' else 'Submitted' end, case when h < 5 or h >= 86 then 2 else 1 end,
                   (date '2010-05-10' + h % 15 + time '10:00') at time zone '{zone}', '书记', case when h between 75 and 81 then '请补充具体措施和时间安排。' end,
                   case when h < 82 then '上级活动办公室' end, case when h < 82 then (date '2010-05-26' + h % 5 + time '15:00') at time zone '{zone}' end
              from roster.organizations o cross join lateral (select {Pct("o.id", 21)} as h) x
             where o.jurisdiction_id = {j} and o.parent_id is not null and o.kind in {Party} and h < 90
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.pledges (jurisdiction_id, plugin_id, kind, pledge_kind, owner_id, period_key, text, published, published_at, submitted_at, updated_at)
            select {j}, '{Plugin}', 'organization-pledge', 'Organization', f.organization_id, '2010', '我们承诺：组织建设好、服务群众好、发展业绩好。', p < 90,
                   case when p < 90 then f.submitted_at end, f.submitted_at, f.submitted_at
              from county_five.plan_filings f cross join lateral (select {Pct("f.organization_id", 22)} as p) x
             where f.jurisdiction_id = {j}
            """);
    }

    // 党性教育: every party organization's week before 七一 (95%); reports (about 1,000 characters) of the members who owe one:
    // 82% by 06-30 (up to 23:00 local, the deadline's edge), 8% in July (late), 10% missing; a tenth of those who owe none write one anyway.
    private static async Task PartySpiritAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into county_five.party_spirit_weeks (jurisdiction_id, organization_id, starts_on, ends_on, note)
            select {j}, o.id, date '2010-06-20' + h % 4, date '2010-06-26' + h % 4, '集中一周开展党性分析'
              from roster.organizations o cross join lateral (select {Pct("o.id", 31)} as h) x
             where o.jurisdiction_id = {j} and o.kind in {Party} and h < 95
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, title, body, character_count, state, reviewed_one_by_one, submitted_at)
            select {j}, '{Plugin}', 'party-spirit-report', p.id, date '2010-07-01', '2010', '党性分析报告', b.body, char_length(b.body), 'Submitted', true,
                   (case when h < 82 then date '2010-06-24' + h % 7 else date '2010-07-01' + h % 10 end + time '20:00' + (h % 4) * interval '1 hour') at time zone '{zone}'
              from roster.people p
             cross join lateral (select {Pct("p.id", 32)} as h, p.employment in ('Serving', 'Unspecified') as owes) x
             cross join lateral (select repeat('对照党章党规找差距，', 100) || p.id as body) b
             where p.jurisdiction_id = {j} and (owes and h < 90 or not owes and h < 10)
            """);
    }

    // The other four activities over stage 2: each party organization's 2–6 dedication activities; posts for 60% of the members;
    // 0–8 services per member (about 4 on average, 1–4 hours); badges for 5%; demonstration-unit candidates among the branches
    // (12%: 9% meet all five standards, 7% recognized between 2010-10 and 2011-09).
    private static async Task FiveActivitiesAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into county_five.dedication_records (jurisdiction_id, organization_id, kind, title, held_on, participants, note)
            select {j}, o.id, (array['SkillsDrill', 'LabourContest', 'Innovation'])[1 + k % 3], (array['业务练兵', '劳动竞赛', '科技创新'])[1 + k % 3] || k,
                   date '2010-06-01' + {Spread("o.id * 16 + k", 42, 395)}, 10 + {Spread("o.id * 16 + k", 43, 50)}, null
              from roster.organizations o cross join lateral generate_series(1, 2 + {Spread("o.id", 41, 5)}) k
             where o.jurisdiction_id = {j} and o.kind in {Party}
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.member_posts (jurisdiction_id, person_id, organization_id, post, duty)
            select {j}, p.id, p.organization_id, (array['党员先锋岗', '政策宣传岗', '矛盾调解岗', '环境卫生岗'])[1 + p.id % 4], '履行岗位职责，做好本岗工作'
              from roster.people p where p.jurisdiction_id = {j} and {Pct("p.id", 44)} < 60
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.service_records (jurisdiction_id, person_id, organization_id, kind, beneficiary, served_on, hours, description, recorded_at)
            select {j}, p.id, p.organization_id, (array['Volunteer', 'Pairing', 'Visit', 'SpringPloughing', 'Other'])[1 + (p.id + k) % 5],
                   '困难群众' || (p.id + k) % 97 || '户', d, (array[1, 1.5, 2, 3, 4])[1 + (p.id * 3 + k) % 5], '帮助解决生产生活困难',
                   (d + time '18:00') at time zone '{zone}'
              from roster.people p
             cross join lateral generate_series(1, {Spread("p.id", 51, 9)}) k
             cross join lateral (select date '2010-06-01' + {Spread("p.id * 16 + k", 52, 395)} as d) dd
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.badges (jurisdiction_id, kind, name, person_id, organization_id, assigned_on, note)
            select {j}, (array['PioneerPost', 'DemonstrationHousehold', 'ResponsibilityZone', 'DemonstrationVehicle', 'DemonstrationUnit', 'DemonstrationBase'])[1 + p.id % 6],
                   '共产党员示范' || p.id, p.id, p.organization_id, date '2010-07-01' + {Spread("p.id", 54, 180)}, null
              from roster.people p where p.jurisdiction_id = {j} and {Pct("p.id", 53)} < 5
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.demonstration_units (jurisdiction_id, organization_id, venue_standard, archives_standard, activities_standard, service_outstanding,
                                                         development_outstanding, note, recognized, recognized_on, recognized_by)
            select {j}, o.id, true, true, true, h < 9 or h = 10, h < 9 or h = 11, null, h < 7,
                   case when h < 7 then date '2010-10-01' + h * 55 end, case when h < 7 then '乡镇党委' end
              from roster.organizations o cross join lateral (select {Pct("o.id", 61)} as h) x
             where o.jurisdiction_id = {j} and o.kind = 'Branch' and h < 12
            """);
    }

    // 七一表彰: 15% of the branches nominate (an organization or their secretary as 优秀共产党员): half approved by the county,
    // a quarter waiting at their township, a quarter dropped there with a reason; every step dated before 2011-07-01.
    private static async Task CommendationAsync(NpgsqlDataSource database, int j, long root, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into blocks.nominations (jurisdiction_id, plugin_id, kind, category, period_key, nominee_id, nominee_name, reason, start_organization_id, current_organization_id, status)
            select {j}, '{Plugin}', 'commendation', case when h % 2 = 0 then 'AdvancedOrganization' else 'ExcellentMember' end, '2011',
                   case when h % 2 = 0 then b.id else s.person_id end, case when h % 2 = 0 then b.name else p.name end, '创先争优成绩突出', b.id,
                   case when g < 50 then {root} else b.parent_id end, case when g < 50 then 'Approved' when g < 75 then 'InProgress' else 'Dropped' end
              from roster.organizations b
              join roster.officers s on s.jurisdiction_id = b.jurisdiction_id and s.organization_id = b.id and s.post = 'Secretary'
              join roster.people p on p.jurisdiction_id = b.jurisdiction_id and p.id = s.person_id
             cross join lateral (select {Pct("b.id", 71)} as h, {Pct("b.id", 72)} as g) x
             where b.jurisdiction_id = {j} and b.kind = 'Branch' and h < 15
            """);
        // The steps: nominated at the branch; endorsed or dropped at the township; approved at the county.
        await ExecuteAsync(database, $"""
            insert into blocks.nomination_steps (jurisdiction_id, nomination_id, sequence, organization_id, decision, reason, actor, at)
            select n.jurisdiction_id, n.id, s.sequence, s.organization_id, s.decision, s.reason, '县创先争优办', (s.day + time '16:00') at time zone '{zone}'
              from blocks.nominations n
              join roster.organizations b on b.jurisdiction_id = n.jurisdiction_id and b.id = n.start_organization_id
             cross join lateral (values (1, b.id, 'Nominated', null, date '2011-05-10' + (n.id % 10)::int),
                                        (2, b.parent_id, case when n.status = 'Dropped' then 'Dropped' else 'Endorsed' end,
                                            case when n.status = 'Dropped' then '群众公认度不够高' end, date '2011-05-25' + (n.id % 10)::int),
                                        (3, {root}, 'Approved', null, date '2011-06-20' + (n.id % 10)::int)) s(sequence, organization_id, decision, reason, day)
             where n.jurisdiction_id = {j} and n.plugin_id = '{Plugin}' and (s.sequence = 1 or s.sequence = 2 and n.status <> 'InProgress' or s.sequence = 3 and n.status = 'Approved')
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.nomination_days (jurisdiction_id, nomination_id, sequence, day)
            select jurisdiction_id, nomination_id, sequence, timezone('{zone}', at)::date from blocks.nomination_steps where jurisdiction_id = {j}
            """);
    }

    // Stage 3: 四找 of 70% of the organizations and a quarter of the members; two five-goods rounds by the level above (every
    // organization under the county committee in the first, 92% rescored in the second, a point up); the members' five models
    // per round (90% and 85% assessed, each model reached by 80% then 85%); typical models (1% of the members, 5% of the
    // branches, set up by their township), most publicized once; the summaries of the county and its townships.
    private static async Task StageThreeAsync(NpgsqlDataSource database, int j, string zone)
    {
        const string finds = "'对标先进典型', '查找自身差距', '明确努力方向', '制定整改措施'";
        await ExecuteAsync(database, $"""
            insert into county_five.four_finds (jurisdiction_id, subject_kind, subject_id, organization_id, benchmark, gap, direction, measures, updated_at)
            select {j}, 'Organization', o.id, o.id, {finds}, (date '2011-07-15' + {Spread("o.id", 82, 100)} + time '10:00') at time zone '{zone}'
              from roster.organizations o where o.jurisdiction_id = {j} and o.parent_id is not null and o.kind in {Party} and {Pct("o.id", 81)} < 70
            union all
            select {j}, 'Person', p.id, p.organization_id, {finds}, (date '2011-07-15' + {Spread("p.id", 84, 100)} + time '20:00') at time zone '{zone}'
              from roster.people p where p.jurisdiction_id = {j} and {Pct("p.id", 83)} < 25
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.five_goods_scores (jurisdiction_id, organization_id, round, assessed_on, leadership, membership, mechanisms, results, opinion,
                                                       total, grade, five_goods, scored_by, scored_at)
            select {j}, o.id, r.name, r.day, g[1], g[2], g[3], g[4], g[5], t.total,
                   case when t.five then 'Advanced' when t.total < 60 then 'Lagging' else 'Middle' end, t.five, '上级党委', (r.day + time '16:00') at time zone '{zone}'
              from roster.organizations o
             cross join (values (1, '2011年上半年', date '2011-06-20'), (2, '2011年下半年', date '2011-12-20')) r(n, name, day)
             cross join lateral (select array(select least(20, 10 + {Spread("o.id", 91, 9)} + {Spread("o.id * 8 + i", 92, 3)} + r.n - 1)::numeric(6, 2)
                                                from generate_series(1, 5) i order by i) as g) gg
             cross join lateral (select g[1] + g[2] + g[3] + g[4] + g[5] as total) tt0
             cross join lateral (select tt0.total, tt0.total >= 90 and 16 <= all(g) as five) t
             where o.jurisdiction_id = {j} and o.parent_id is not null and o.kind in {Party} and (r.n = 1 or {Pct("o.id", 93)} < 92)
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.five_models_assessments (jurisdiction_id, person_id, organization_id, round, assessed_on, study, policy, serving, dedication, discipline,
                                                             five_models, assessed_by, assessed_at)
            select {j}, p.id, p.organization_id, r.name, r.day, m[1], m[2], m[3], m[4], m[5], m[1] and m[2] and m[3] and m[4] and m[5], '支部委员会',
                   (r.day + time '16:00') at time zone '{zone}'
              from roster.people p
             cross join (values (1, '2011年上半年', date '2011-06-22', 90, 80), (2, '2011年下半年', date '2011-12-22', 85, 85)) r(n, name, day, assessed, reached)
             cross join lateral (select array(select {Pct("p.id * 16 + i * 2 + r.n", 95)} < r.reached from generate_series(1, 5) i order by i) as m) mm
             where p.jurisdiction_id = {j} and {Pct("p.id * 2 + r.n", 94)} < r.assessed
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.typical_models (jurisdiction_id, kind, person_id, organization_id, title, set_up_by_organization_id, set_up_on, story, story_characters,
                                                    recorded_by, recorded_at)
            select {j}, 'Person', p.id, p.organization_id, '党员致富带头人', b.parent_id, d, s.story, char_length(s.story), '乡镇党委', (d + time '10:00') at time zone '{zone}'
              from roster.people p
              join roster.organizations b on b.jurisdiction_id = p.jurisdiction_id and b.id = p.organization_id
             cross join lateral (select date '2011-07-15' + {Spread("p.id", 97, 300)} as d, repeat('带领群众增收致富，', 60) as story) s
             where p.jurisdiction_id = {j} and {Pct("p.id", 96)} = 0
            union all
            select {j}, 'Organization', null, b.id, '党建示范村', b.parent_id, d, s.story, char_length(s.story), '乡镇党委', (d + time '10:00') at time zone '{zone}'
              from roster.organizations b
             cross join lateral (select date '2011-07-15' + {Spread("b.id", 99, 300)} as d, repeat('班子团结、服务群众，', 60) as story) s
             where b.jurisdiction_id = {j} and b.kind = 'Branch' and {Pct("b.id", 98)} < 5
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.typical_model_publicity (jurisdiction_id, model_id, form, held_on, note, recorded_by, recorded_at)
            select m.jurisdiction_id, m.id, (array['Media', 'SiteVisit', 'ExchangeMeeting', 'TouringReport'])[1 + m.id % 4], m.set_up_on + 20, null, '乡镇党委',
                   (m.set_up_on + 20 + time '17:00') at time zone '{zone}'
              from county_five.typical_models m where m.jurisdiction_id = {j} and {Pct("m.id", 101)} < 70
            """);
        await ExecuteAsync(database, $"""
            insert into county_five.summary_reports (jurisdiction_id, organization_id, body, characters, submitted_at, submitted_by)
            select {j}, case when o.parent_id is null then 0 else o.id end, s.body, char_length(s.body), (date '2012-10-20' + time '10:00') at time zone '{zone}', '书记'
              from roster.organizations o cross join lateral (select repeat('总结经验、完善机制，', 200) as body) s
             where o.jurisdiction_id = {j} and o.kind = 'PartyCommittee'
            """);
    }

    // The SDK's campaign events: centralized study in stage 1 (86% of the party organizations, one or two sessions; a branch's
    // members attend, 85% of them, the rest absent with a reason; a committee's, the secretaries of the organizations under it);
    // the showcase of stage 4 (each township's exchange meeting, the county's exhibition and seminar), showing their models.
    private static async Task EventsAsync(NpgsqlDataSource database, int j, long root, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, place, details, recorded_at, recorded_by, version)
            select {j}, '学习贯彻创先争优活动精神（' || k || '）', 'study', o.id, (d + time '09:00') at time zone '{zone}', 2 + k % 2, d, 'county5.central-study', '党员活动室',
                   jsonb_build_object('form', (array['Documents', 'Recordings', 'Lecture', 'Discussion'])[1 + (o.id + k) % 4]), (d + time '12:00') at time zone '{zone}', '书记', 1
              from roster.organizations o
             cross join lateral generate_series(1, 1 + {Spread("o.id", 112, 2)}) k
             cross join lateral (select date '2010-05-10' + {Spread("o.id * 4 + k", 113, 21)} as d) dd
             where o.jurisdiction_id = {j} and o.kind in {Party} and {Pct("o.id", 111)} < 86
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended, absence_reason)
            select {j}, e.id, p.id, case when a then e.hours else 0 end, a, case when not a then '外出务工' end
              from schedules.events e
              join roster.people p on p.jurisdiction_id = e.jurisdiction_id and p.organization_id = e.organization_id
             cross join lateral (select {Pct("p.id * 4 + e.id", 114)} < 85 as a) x
             where e.jurisdiction_id = {j} and e.source = 'county5.central-study'
            union all
            select {j}, e.id, s.person_id, e.hours, true, null
              from schedules.events e
              join roster.organizations c on c.jurisdiction_id = e.jurisdiction_id and c.parent_id = e.organization_id
              join roster.officers s on s.jurisdiction_id = c.jurisdiction_id and s.organization_id = c.id and s.post = 'Secretary'
             where e.jurisdiction_id = {j} and e.source = 'county5.central-study'
            on conflict do nothing
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, place, details, recorded_at, recorded_by, version)
            select {j}, x.title, x.category, o.id, (x.day + time '09:00') at time zone '{zone}', 3, x.day, 'county5.showcase', '会议中心',
                   jsonb_build_object('kind', x.kind, 'models', coalesce((select string_agg(m.id::text, ',' order by m.id) from county_five.typical_models m
                                                                           where m.jurisdiction_id = o.jurisdiction_id and m.set_up_by_organization_id = o.id), '')),
                   (x.day + time '18:00') at time zone '{zone}', '县创先争优办', 1
              from roster.organizations o
             cross join lateral (values ('创先争优经验交流会', 'meeting', 'ExchangeMeeting', date '2012-08-01' + (o.id % 60)::int, o.parent_id = {root}),
                                        ('创先争优活动图片展', 'other', 'Exhibition', date '2012-07-15', o.id = {root}),
                                        ('创先争优理论成果研讨会', 'meeting', 'Seminar', date '2012-09-10', o.id = {root})) x(title, category, kind, day, holds)
             where o.jurisdiction_id = {j} and o.kind = 'PartyCommittee' and x.holds
            """);
    }
}
