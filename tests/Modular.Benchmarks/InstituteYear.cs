using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The research institute's campaign year (seed 002, 2010: plugin.json's defaults, so every due day has passed and every
/// state is final) at size, set-based (INSERT … SELECT over generate_series and the roster), straight into the tables the
/// plugin and the SDK blocks read: a flat tree (the institute's committee over <c>branches</c> party branches, so a member's
/// branch is their organization), the members dealt round the branches, and for each item of the plan its records with a
/// mix of done, late and missing. Every mix is a deterministic hash of the row's key, so a run is the same each time; the
/// edges the figures turn on are in it on purpose: plans handed in just before and just after local midnight of the due day
/// (the local day decides, not UTC's), notes handed in after notes.due or filed under 2009, study sessions of 2011 (another
/// year), readings on a session that are not on the branch's list, branches with no evaluation round or the half-year one
/// only, ungraded results. What <see cref="InstituteBenchmark"/> times the office's overview on.
/// </summary>
internal static class InstituteYear
{
    public const string Plugin = "institute-branch-plan";
    private const string StudySource = Plugin + ".study", PartySpiritSource = Plugin + ".party-spirit";

    /// <summary>A deterministic 0..99 of a row's key and a salt (independent salts give independent mixes).</summary>
    private static string Pct(string key, int salt) => Spread(key, salt, 100);

    /// <summary>A deterministic 0..<paramref name="n"/>-1 of a row's key and a salt.</summary>
    private static string Spread(string key, int salt, int n) => $"((hashint8(({key})::bigint * 1009 + {salt}) & 2147483647) % {n})";

    /// <summary>Loads everything; <paramref name="zone"/> is the jurisdiction's time zone (the records' local times are written in it).</summary>
    public static async Task LoadAsync(NpgsqlDataSource database, int j, int members, int branches, string zone)
    {
        await RosterAsync(database, j, members, branches);
        await PlansAndSuggestionsAsync(database, j, zone);
        await StudyAsync(database, j, zone);
        await TextsAsync(database, j, zone);
        await PartySpiritAsync(database, j, zone);
        await EvaluationAsync(database, j, zone);
        await VacuumAnalyzeAsync(database,
        [
            "roster.organizations", "roster.people", "blocks.pledges", "blocks.suggestions", "blocks.counted_texts", "blocks.evaluation_rounds",
            "schedules.events", "schedules.attendance", "institute_branch_plan.study_readings", "institute_branch_plan.party_spirit_analyses",
            "institute_branch_plan.evaluation_rounds", "institute_branch_plan.evaluation_results",
        ]);
    }

    // The institute's committee over its branches (codes b1…), the members dealt round them.
    private static async Task RosterAsync(NpgsqlDataSource database, int j, int members, int branches)
    {
        var root = await ScalarAsync(database, $"insert into roster.organizations (jurisdiction_id, code, name, kind, sector) values ({j}, 'root', '研究所机关党委', 'PartyCommittee', 'Research') returning id");
        await ExecuteAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind, sector)
            select {j}, {root}, 'b' || b, '第' || b || '研究室党支部', 'Branch', 'Research' from generate_series(1, {branches}) b
            """);
        await ExecuteAsync(database, $"""
            insert into roster.people (jurisdiction_id, organization_id, name, gender, ethnicity, birth_date, education, category, joined_on, phone, id_number, employment)
            select {j}, (select id from roster.organizations where jurisdiction_id = {j} and code = 'b' || (1 + (m - 1) % {branches})),
                   case when m % 3 = 0 then '王' else '刘' end || '研究员' || m, case when m % 2 = 0 then '男' else '女' end, '汉族',
                   date '1955-01-01' + (m * 37) % 15000, '研究生', case when m % 20 = 0 then 'Probationary' else 'Full' end, date '1980-01-01' + (m * 53) % 10000,
                   '139' || lpad(m::text, 8, '0'), '220000' || lpad(m::text, 12, '0'), 'Serving'
              from generate_series(1, {members}) m
            """);
    }

    // 个人打算 (due 09-14): 95% hand one in, a tenth of those late; some on the due day at 23:30 and some at 00:30 the day after,
    // local time (on time and late by the local day, both on 09-14 by UTC's). 我为组织建一言: 90% give one to three suggestions
    // to their branch, 80% of them answered.
    private static async Task PlansAndSuggestionsAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into blocks.pledges (jurisdiction_id, plugin_id, kind, pledge_kind, owner_id, period_key, text, published, problems, submitted_at, updated_at, version)
            select {j}, '{Plugin}', 'personal-plan', case when p.id % 4 = 0 then 'Post' else 'Member' end, p.id, '2010',
                   '立足岗位，完成本年度课题任务，按时参加组织生活，带头开展技术攻关。', p.id % 7 = 0, array['创新意识不强', '学习不够系统'], t.at, t.at, 1
              from roster.people p
             cross join lateral (select case when {Pct("p.id", 1)} < 3 then timestamp '2010-09-14 23:30'
                                             when {Pct("p.id", 1)} < 6 then timestamp '2010-09-15 00:30'
                                             when {Pct("p.id", 1)} < 14 then timestamp '2010-09-16 10:00' + {Spread("p.id", 2, 30)} * interval '1 day'
                                             else timestamp '2010-08-28 09:00' + {Spread("p.id", 3, 17)} * interval '1 day' end at time zone '{zone}' as at) t
             where p.jurisdiction_id = {j} and {Pct("p.id", 4)} < 95
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.suggestions (jurisdiction_id, plugin_id, kind, author_person_id, organization_id, period_key, text, submitted_at, reply, replied_by, replied_at, version)
            select {j}, '{Plugin}', 'suggestion', p.id, p.organization_id, '2010', '建议每月组织一次跨课题组的技术交流（' || k || '）。',
                   (timestamp '2010-09-01 10:00' + {Spread("p.id * 3 + k", 5, 90)} * interval '1 day') at time zone '{zone}',
                   case when a then '采纳，已列入支部工作计划。' end, case when a then '支部书记' end,
                   case when a then (timestamp '2010-12-10 10:00') at time zone '{zone}' end, case when a then 2 else 1 end
              from roster.people p
             cross join lateral generate_series(1, 1 + {Spread("p.id", 6, 3)}) k
             cross join lateral (select {Pct("p.id * 3 + k", 7)} < 80 as a) x
             where p.jurisdiction_id = {j} and {Pct("p.id", 8)} < 90
            """);
    }

    // 组织学习: every other branch keeps its own required readings (the rest the document's three); 8 sessions a branch in
    // Sep–Dec 2010 and one in 2011 (not this year's), each covering one to two readings, one of them sometimes not on the
    // branch's list; every member expected, 90% attend, the rest absent with a reason.
    private static async Task StudyAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into institute_branch_plan.study_readings (jurisdiction_id, organization_id, titles, version, saved_by, saved_at)
            select {j}, o.id, array['胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话', '中科院创先争优活动相关文件', '所动员大会精神', '《光学工程学科发展报告》', '《科研诚信读本》'],
                   1, '支部书记', (timestamp '2010-09-02 10:00') at time zone '{zone}'
              from roster.organizations o where o.jurisdiction_id = {j} and o.kind = 'Branch' and substr(o.code, 2)::int % 2 = 0
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, place, tags, details, recorded_at, recorded_by, version)
            select {j}, '支部集中学习（第' || k || '次）', 'study', o.id, (d + time '14:00') at time zone '{zone}', 2, d, '{StudySource}', '所会议室',
                   case when {Pct("o.id * 10 + k", 11)} < 15 then array[r1, '《科研管理条例》'] when {Pct("o.id * 10 + k", 12)} < 50 then array[r1] else array[r1, r2] end,
                   jsonb_build_object('kind', 'Session', 'plannedHours', '2'), (d + time '18:00') at time zone '{zone}', '支部书记', 1
              from roster.organizations o
             cross join lateral generate_series(1, 9) k
             cross join lateral (select case when k = 9 then date '2011-01-12' else date '2010-09-06' + (k - 1) * 14 + {Spread("o.id * 10 + k", 13, 5)} end as d,
                                        (array['胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话', '中科院创先争优活动相关文件', '所动员大会精神', '《光学工程学科发展报告》', '《科研诚信读本》'])[1 + {Spread("o.id * 10 + k", 14, 5)}] as r1,
                                        (array['中科院创先争优活动相关文件', '所动员大会精神'])[1 + {Spread("o.id * 10 + k", 15, 2)}] as r2) dd
             where o.jurisdiction_id = {j} and o.kind = 'Branch'
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended, absence_reason)
            select {j}, e.id, p.id, case when a then e.hours else 0 end, a, case when not a then '出差' end
              from schedules.events e
              join roster.people p on p.jurisdiction_id = e.jurisdiction_id and p.organization_id = e.organization_id
             cross join lateral (select {Pct("p.id * 16 + e.id", 16)} < 90 as a) x
             where e.jurisdiction_id = {j} and e.source = '{StudySource}'
            """);
    }

    // 读书笔记、心得体会 (notes.due 12-31): 0–2 of each kind a member, filed under days of 2010 (a few under 2009), 300+
    // characters, handed in the evening of their day, a few in January 2011 (late). 个人总结: 90% of the members, filed under
    // the campaign's start (2010-08-27), handed in in December (a few in January, late).
    private static async Task TextsAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, title, body, character_count, state,
                                              reviewed_one_by_one, submitted_at)
            select {j}, '{Plugin}', kd.kind, p.id, d, '2010', '学习体会', b.body, char_length(b.body), 'Submitted', false,
                   case when {Pct("p.id * 8 + kd.n * 3 + k", 21)} < 6 then timestamp '2011-01-05 10:00' else d + time '21:00' end at time zone '{zone}'
              from roster.people p
             cross join (values (0, 'reading-note'), (1, 'reflection')) kd(n, kind)
             cross join lateral generate_series(1, {Spread("p.id * 2 + kd.n", 22, 3)}) k
             cross join lateral (select case when {Pct("p.id * 8 + kd.n * 3 + k", 23)} < 4 then date '2009-12-20' + k
                                             else date '2010-09-01' + (k - 1) * 60 + {Spread("p.id * 8 + kd.n * 3 + k", 24, 50)} end as d) dd
             cross join lateral (select repeat('认真学习科学发展观，联系科研工作实际，查找差距，明确方向。', 12) as body) b
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, title, body, character_count, state,
                                              reviewed_one_by_one, submitted_at)
            select {j}, '{Plugin}', 'member-report', p.id, date '2010-08-27', '2010', '个人总结', b.body, char_length(b.body),
                   case when {Pct("p.id", 31)} < 50 then 'Accepted' else 'Submitted' end, true,
                   case when {Pct("p.id", 32)} < 5 then timestamp '2011-01-04 09:00' else timestamp '2010-12-01 09:00' + {Spread("p.id", 33, 30)} * interval '1 day' end at time zone '{zone}'
              from roster.people p
             cross join lateral (select '## participation' || chr(10) || repeat('参加支部组织的各项活动，完成学习任务。', 20) || chr(10) || '## pledge' || chr(10)
                                        || repeat('个人打算基本兑现，课题按期结题。', 20) as body) b
             where p.jurisdiction_id = {j} and {Pct("p.id", 34)} < 90
            """);
    }

    // 党性教育: 4 events a branch in 2010 (85% of the members attend each) and one in 2011; 党性分析: 90% of the members.
    private static async Task PartySpiritAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, place, tags, details, recorded_at, recorded_by, version)
            select {j}, '党性教育（' || k || '）', 'lecture', o.id, (d + time '09:00') at time zone '{zone}', 3, d, '{PartySpiritSource}', '所报告厅',
                   array['重温入党誓词'], jsonb_build_object('kind', (array['OathRenewal', 'PartyHistory', 'PartyLecture', 'Visit', 'PolicyStudy'])[k]),
                   (d + time '12:00') at time zone '{zone}', '支部书记', 1
              from roster.organizations o
             cross join lateral generate_series(1, 5) k
             cross join lateral (select case when k = 5 then date '2011-02-20' else date '2010-06-20' + (k - 1) * 40 + {Spread("o.id * 5 + k", 41, 10)} end as d) dd
             where o.jurisdiction_id = {j} and o.kind = 'Branch'
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended, absence_reason)
            select {j}, e.id, p.id, case when a then e.hours else 0 end, a, null
              from schedules.events e
              join roster.people p on p.jurisdiction_id = e.jurisdiction_id and p.organization_id = e.organization_id
             cross join lateral (select {Pct("p.id * 16 + e.id", 42)} < 60 as a) x
             where e.jurisdiction_id = {j} and e.source = '{PartySpiritSource}'
            """);
        await ExecuteAsync(database, $"""
            insert into institute_branch_plan.party_spirit_analyses (jurisdiction_id, person_id, year, form, problems_found, self_criticism, handed_in_at, saved_at, saved_by, version)
            select {j}, p.id, 2010, (array['Forum', 'HeartToHeart', 'LifeMeeting'])[1 + {Spread("p.id", 43, 3)}], '理论学习不够深入，联系实际不紧。',
                   '今后加强学习，带头攻关。', t.at, t.at, '支部书记', 1
              from roster.people p
             cross join lateral (select (timestamp '2010-10-10 10:00' + {Spread("p.id", 44, 90)} * interval '1 day') at time zone '{zone}' as at) t
             where p.jurisdiction_id = {j} and {Pct("p.id", 45)} < 90
            """);
    }

    // 群众评议: a tenth of the branches opened no round, a tenth the half-year one only, the rest both; every round closed
    // (its results fixed: the live lines of an open round are the SDK's tallies), each member's result with a grade for 95%.
    private static async Task EvaluationAsync(NpgsqlDataSource database, int j, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into blocks.evaluation_rounds (jurisdiction_id, plugin_id, kind, round_key, title_zh, title_en, questions, anonymous, opens, closes, closed)
            select {j}, '{Plugin}', 'evaluation', '2010-' || pk.key || '-b' || o.id || '-' || w.who, '2010 年评议（' || o.name || '）', '2010 evaluation (' || o.name || ')',
                   '[]'::jsonb, w.who = 'public', pk.opens, pk.closes, true
              from roster.organizations o
             cross join (values ('HalfYear', 'h1', date '2010-07-01', date '2010-07-15'), ('YearEnd', 'year', date '2010-12-15', date '2010-12-31')) pk(period, key, opens, closes)
             cross join (values ('members'), ('public')) w(who)
             where o.jurisdiction_id = {j} and o.kind = 'Branch' and substr(o.code, 2)::int % 10 <> 0 and (pk.period = 'HalfYear' or substr(o.code, 2)::int % 10 <> 1)
            """);
        await ExecuteAsync(database, $"""
            insert into institute_branch_plan.evaluation_rounds (jurisdiction_id, organization_id, year, period, members_round_id, public_round_id, closes, opened_by, opened_at, closed_by, closed_at)
            select {j}, o.id, 2010, pk.period, m.id, p.id, pk.closes, '支部书记', (pk.closes - 14 + time '09:00') at time zone '{zone}', '支部书记', (pk.closes + time '17:00') at time zone '{zone}'
              from roster.organizations o
             cross join (values ('HalfYear', 'h1', date '2010-07-15'), ('YearEnd', 'year', date '2010-12-31')) pk(period, key, closes)
              join blocks.evaluation_rounds m on m.jurisdiction_id = {j} and m.round_key = '2010-' || pk.key || '-b' || o.id || '-members'
              join blocks.evaluation_rounds p on p.jurisdiction_id = {j} and p.round_key = '2010-' || pk.key || '-b' || o.id || '-public'
             where o.jurisdiction_id = {j} and o.kind = 'Branch'
            """);
        await ExecuteAsync(database, $"""
            insert into institute_branch_plan.evaluation_results (jurisdiction_id, organization_id, year, period, person_id, name, members_tally, members_mark, public_tally, public_mark,
                                                                  plan_score, composite, grade)
            select {j}, r.organization_id, 2010, r.period, p.id, p.name, '3,1,0,0', 92.5, '2,2,0,0', 87.5, 85, c.composite,
                   case when {Pct("p.id * 2 + length(r.period)", 51)} < 5 then null
                        when c.composite >= 90 then 'excellent' when c.composite >= 75 then 'qualified' else 'basically-qualified' end
              from institute_branch_plan.evaluation_rounds r
              join roster.people p on p.jurisdiction_id = r.jurisdiction_id and p.organization_id = r.organization_id
             cross join lateral (select (70 + {Spread("p.id + length(r.period)", 52, 30)})::numeric(6,2) as composite) c
             where r.jurisdiction_id = {j}
            """);
    }
}
