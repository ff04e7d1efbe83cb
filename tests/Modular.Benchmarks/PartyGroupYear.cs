using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The county government party group's 2009 campaign (seed 004), set-based (INSERT … SELECT over generate_series and the
/// roster; no row-by-row loop), straight into the tables the plugin and the SDK blocks read, on the document's own dates
/// (plugin.json's defaults: stage 1 03-01…04-20, stage 2 04-21…05-20, stage 3 05-21…08-20): the party group and its
/// members with the leading group recorded; stage 1's mobilization meeting, study events with attendance, self-study,
/// reading notes, research topics and reports and two discussions; stage 2's personal reports (every version kept),
/// opinions, heart-to-heart talks, the life meeting and speaking materials, the group's report with its versions, comments
/// and public evaluation; stage 3's units and guidance visits, rectification items, the satisfaction survey and the
/// summary report. Every mix (done on time / late / missing) is a deterministic hash of the row's key, so a run is the same
/// each time. What <see cref="PartyGroupBenchmark"/> times the progress page on.
/// </summary>
internal static class PartyGroupYear
{
    public const string Plugin = "party-group-study";

    /// <summary>A deterministic 0..99 of a row's key and a salt (independent salts give independent mixes).</summary>
    private static string Pct(string key, int salt) => Spread(key, salt, 100);

    /// <summary>A deterministic 0..<paramref name="n"/>-1 of a row's key and a salt.</summary>
    private static string Spread(string key, int salt, int n) => $"((hashint8(({key})::bigint * 1009 + {salt}) & 2147483647) % {n})";

    /// <summary>
    /// Loads everything for <paramref name="members"/> members; answers the party group's organization id. <paramref name="zone"/>
    /// is the jurisdiction's time zone (local times of the records); <paramref name="parent"/> the jurisdiction reports go up to.
    /// </summary>
    public static async Task<long> LoadAsync(NpgsqlDataSource database, int j, int parent, int members, string zone)
    {
        var group = await RosterAsync(database, j, members);
        await StudyAsync(database, j, group, zone);
        await AnalysisAsync(database, j, parent, group, zone);
        await RectifyAsync(database, j, parent, group, zone);
        await VacuumAnalyzeAsync(database,
        [
            "roster.organizations", "roster.people", "blocks.leading_bodies", "blocks.leading_body_seats", "schedules.events", "schedules.attendance",
            "blocks.counted_texts", "blocks.discussions", "blocks.discussion_contributions", "blocks.documents", "blocks.document_versions",
            "blocks.document_comments", "blocks.rectifications", "blocks.evaluation_rounds", "party_group_study.research_topics",
            "party_group_study.report_opinions", "party_group_study.heart_talks", "party_group_study.speaking_materials",
            "party_group_study.report_evaluations", "party_group_study.member_units", "party_group_study.guidance_visits",
            "party_group_study.rectification_immediate_dues", "party_group_study.satisfaction_surveys",
        ]);
        return group;
    }

    // The county committee over the county government party group; its members (the county head first, the executive
    // deputy second, then the deputy heads), and the leading group recorded as the office saves it: the head leads, the
    // executive deputy deputizes, everyone else is a member; the office's director by name only.
    private static async Task<long> RosterAsync(NpgsqlDataSource database, int j, int members)
    {
        var root = await ScalarAsync(database, $"insert into roster.organizations (jurisdiction_id, code, name, kind) values ({j}, 'root', 'XX县委', 'PartyCommittee') returning id");
        var group = await ScalarAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind, sector)
            values ({j}, {root}, 'pg', 'XX县人民政府党组', 'PartyGroup', 'GovernmentOrgan') returning id
            """);
        await ExecuteAsync(database, $"""
            insert into roster.people (jurisdiction_id, organization_id, name, gender, ethnicity, birth_date, education, category, joined_on, phone, id_number,
                                       employment, post, is_leading_cadre)
            select {j}, {group}, (array['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'])[1 + (m - 1) % 10]
                                 || (array['建国', '志远', '明', '强', '海涛', '立新', '春华', '国庆', '晓东', '文斌'])[1 + ((m - 1) / 10 + (m - 1) * 3) % 10] || case when m > 10 then m::text else '' end,
                   case when m % 4 = 0 then '女' else '男' end, '汉族', date '1950-01-01' + (m * 397) % 5000, '研究生', 'Full', date '1975-01-01' + (m * 211) % 5000,
                   '139' || lpad(m::text, 8, '0'), '410100' || lpad(m::text, 12, '0'), 'Serving',
                   case m when 1 then '县长' when 2 then '常务副县长' else '副县长' end, true
              from generate_series(1, {members}) m
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.leading_bodies (jurisdiction_id, plugin_id, kind, organization_id, body_type, version, saved_by, saved_at, established_at)
            select {j}, '{Plugin}', 'leading-group', {group}, t, 1, '县政府办公室', timestamptz '2009-03-02 10:00+08', timestamptz '2009-03-02 10:00+08'
              from unnest(array['LeadingGroup', 'WorkingOffice']) t
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.leading_body_seats (jurisdiction_id, plugin_id, kind, organization_id, body_type, position, person_id, role)
            select {j}, '{Plugin}', 'leading-group', {group}, 'LeadingGroup', n::int, id, case n when 1 then 'Leader' when 2 then 'Deputy' else 'Member' end
              from (select id, row_number() over (order by id) as n from roster.people where jurisdiction_id = {j}) p;
            insert into blocks.leading_body_seats (jurisdiction_id, plugin_id, kind, organization_id, body_type, position, name, role)
            values ({j}, '{Plugin}', 'leading-group', {group}, 'WorkingOffice', 1, '县政府办公室主任', 'Director')
            """);
        return group;
    }

    // Stage 1 (03-01…04-20). The mobilization meeting on 03-05 and nine study events (training, tutorial, group study in
    // turn, 3–4 hours), 90% attending each (a tenth of them an hour less); 2–21 self-study days of 1–2 hours per member, so
    // some stay short of 40 hours (hours after the stage never count: none is late). 12–25 reading notes of 1,000–1,500
    // characters every other day from 03-02, a twentieth returned: most reach 20,000 by 04-20, some after (late), some never.
    // Research topics for 95%; reports for 90% (75% accepted 04-05…04-24, so some late; the rest waiting or returned).
    // Two discussions (03-20, 04-10), 80% contributing to each, the second's contributions up to 12 days after it.
    private static async Task StudyAsync(NpgsqlDataSource database, int j, long group, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, details, recorded_at, recorded_by, version)
            select {j}, t.title, t.category, {group}, (t.day + time '09:00') at time zone '{zone}', t.hours, t.day, '{Plugin}.study',
                   jsonb_build_object('kind', t.kind), (t.day + time '18:00') at time zone '{zone}', '县政府办公室', 1
              from (select '县政府党组学习实践活动动员大会' as title, 'meeting' as category, 'Mobilization' as kind, date '2009-03-05' as day, 3.0 as hours
                    union all
                    select (array['集中培训', '专题辅导', '集体研讨'])[1 + k % 3] || '第' || k || '次', (array['training', 'lecture', 'study'])[1 + k % 3],
                           (array['Training', 'Tutorial', 'GroupStudy'])[1 + k % 3], date '2009-03-09' + 4 * k, 3 + k % 2
                      from generate_series(1, 9) k) t
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended, absence_reason)
            select {j}, e.id, p.id, case when not x.attended then 0 when x.h < 9 then e.hours - 1 else e.hours end, x.attended,
                   case when not x.attended then '公务外出' end
              from schedules.events e
              join roster.people p on p.jurisdiction_id = e.jurisdiction_id
             cross join lateral (select {Pct("e.id * 1000 + p.id", 11)} as h) hh
             cross join lateral (select hh.h < 90 as attended, hh.h) x
             where e.jurisdiction_id = {j} and e.source = '{Plugin}.study'
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, title, body, character_count, hours, state, submitted_at)
            select {j}, '{Plugin}', 'self-study', p.id, d, '2009', '自学《科学发展观重要论述摘编》', b.body, char_length(b.body), 1 + ((p.id + k) % 3) * 0.5, 'Submitted',
                   (d + time '21:00') at time zone '{zone}'
              from roster.people p
             cross join lateral generate_series(1, 2 + {Spread("p.id", 12, 20)}) k
             cross join lateral (select date '2009-03-01' + 2 * k + (p.id % 2)::int as d) dd
             cross join lateral (select '学习科学发展观的科学内涵、精神实质和根本要求，联系分管工作作了笔记。' || k as body) b
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, title, body, character_count, state,
                                              review_comment, reviewed_by, reviewed_at, submitted_at)
            select {j}, '{Plugin}', 'reading-note', p.id, d, '2009', '《科学发展观重要论述摘编》读书笔记', b.body, char_length(b.body),
                   case when r < 5 then 'Returned' when r < 40 then 'Accepted' else 'Submitted' end, case when r < 5 then '请结合分管工作谈体会。' end,
                   case when r < 40 then '县政府办公室' end, case when r < 40 then (d + 3 + time '10:00') at time zone '{zone}' end,
                   (d + time '22:00') at time zone '{zone}'
              from roster.people p
             cross join lateral generate_series(1, 12 + {Spread("p.id", 13, 14)}) k
             cross join lateral (select date '2009-03-01' + 2 * k + (p.id % 2)::int as d, {Pct("p.id * 100 + k", 14)} as r) dd
             cross join lateral (select repeat('深入学习实践科学发展观，推动经济社会又好又快发展。', 40 + {Spread("p.id * 100 + k", 15, 20)}) || k as body) b
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.research_topics (jurisdiction_id, person_id, topic, chosen_on, recorded_by, recorded_at, version)
            select {j}, p.id, '关于分管领域贯彻落实科学发展观的调研（' || p.name || '）', date '2009-03-10' + (p.id % 5)::int, p.name,
                   (date '2009-03-10' + (p.id % 5)::int + time '16:00') at time zone '{zone}', 1
              from roster.people p where p.jurisdiction_id = {j} and {Pct("p.id", 21)} < 95
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.counted_texts (jurisdiction_id, plugin_id, kind, author_person_id, period_date, period_key, title, body, character_count, state,
                                              review_comment, reviewed_by, reviewed_at, submitted_at)
            select {j}, '{Plugin}', 'research-report', p.id, date '2009-03-01', '2009', '专题调研报告', b.body, char_length(b.body),
                   case when h < 75 then 'Accepted' when h < 83 then 'Submitted' else 'Returned' end, case when h >= 83 then '请补充对策建议。' end,
                   case when h < 75 or h >= 83 then '县政府办公室' end,
                   case when h < 75 or h >= 83 then (date '2009-04-05' + h % 20 + time '16:00') at time zone '{zone}' end,
                   (date '2009-04-01' + h % 10 + time '20:00') at time zone '{zone}'
              from roster.people p
             cross join lateral (select {Pct("p.id", 22)} as h) x
             cross join lateral (select repeat('调查发现的主要问题、原因分析和对策建议。', 250) || p.id as body) b
             where p.jurisdiction_id = {j} and h < 90
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.discussions (jurisdiction_id, plugin_id, kind, organization_id, topic, held_on, period_key, closed)
            values ({j}, '{Plugin}', 'emancipation', {group}, '解放思想、科学发展大讨论：我们的差距在哪里', date '2009-03-20', '2009', true),
                   ({j}, '{Plugin}', 'emancipation', {group}, '解放思想、科学发展大讨论：怎样破除发展障碍', date '2009-04-10', '2009', true)
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.discussion_contributions (jurisdiction_id, discussion_id, person_id, text, character_count, submitted_at)
            select {j}, d.id, p.id, b.text, char_length(b.text), (d.held_on + h % 12 + time '10:00') at time zone '{zone}'
              from blocks.discussions d
              join roster.people p on p.jurisdiction_id = d.jurisdiction_id
             cross join lateral (select {Pct("d.id * 1000 + p.id", 31)} as h) x
             cross join lateral (select repeat('要敢于突破束缚发展的思想观念和体制障碍。', 15) || p.id as text) b
             where d.jurisdiction_id = {j} and d.plugin_id = '{Plugin}' and h < 80
            """);
    }

    // Stage 2 (04-21…05-20). Personal reports for 95% (3–4 versions of about 6,000 characters each, every version kept),
    // 88% final 05-08…05-22 (some late); 0–7 opinions each from 04-26; the life meeting on 05-15 (everyone there) and 95%
    // speaking materials 05-08…05-16 (some after the meeting: late); 95% of all pairs talked 04-22…05-21; the group's report
    // (5 versions, every member commenting 0–3 times, final 05-17, submitted up 05-19) and its public evaluation closed 05-18.
    private static async Task AnalysisAsync(NpgsqlDataSource database, int j, int parent, long group, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into blocks.documents (jurisdiction_id, plugin_id, kind, title, owner_person_id, organization_id, version, final, finalized_at)
            select {j}, '{Plugin}', 'personal-analysis-report', '2009 ' || p.name || '个人分析检查报告', p.id, {group}, 3 + h % 2, h < 88,
                   case when h < 88 then (date '2009-05-08' + h % 15 + time '17:00') at time zone '{zone}' end
              from roster.people p cross join lateral (select {Pct("p.id", 41)} as h) x
             where p.jurisdiction_id = {j} and h < 95
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.document_versions (jurisdiction_id, document_id, version, body, character_count, note, written_by, written_at)
            select {j}, d.id, v, b.body, char_length(b.body), case when v > 1 then '根据意见修改' end, '县政府办公室',
                   (date '2009-04-24' + 4 * v + time '20:00') at time zone '{zone}'
              from blocks.documents d
             cross join lateral generate_series(1, d.version) v
             cross join lateral (select repeat('对照科学发展观要求，查摆思想观念、工作作风和体制机制方面的突出问题，深刻剖析原因。', 150) || v as body) b
             where d.jurisdiction_id = {j} and d.plugin_id = '{Plugin}' and d.kind = 'personal-analysis-report'
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.report_opinions (jurisdiction_id, period_key, person_id, source, from_whom, text, received_on, recorded_by, recorded_at, version)
            select {j}, '2009', p.id, case when k % 2 = 0 then 'Public' else 'Grassroots' end, '乡镇干部代表' || k, '建议进一步深入基层调研。',
                   date '2009-04-26' + 3 * k + (p.id % 3)::int, '县政府办公室', (date '2009-04-26' + 3 * k + (p.id % 3)::int + time '17:00') at time zone '{zone}', 1
              from roster.people p cross join lateral generate_series(1, {Spread("p.id", 42, 8)}) k
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, slot, details, recorded_at, recorded_by, version)
            values ({j}, '县政府党组专题民主生活会', 'meeting', {group}, (date '2009-05-15' + time '09:00') at time zone '{zone}', 4, date '2009-05-15',
                    '{Plugin}.life-meeting', '2009', jsonb_build_object(), (date '2009-05-15' + time '18:00') at time zone '{zone}', '县政府办公室', 1);
            insert into schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended)
            select {j}, e.id, p.id, 4, true
              from schedules.events e join roster.people p on p.jurisdiction_id = e.jurisdiction_id
             where e.jurisdiction_id = {j} and e.source = '{Plugin}.life-meeting'
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.speaking_materials (jurisdiction_id, period_key, person_id, text, written_on, recorded_by, recorded_at, version)
            select {j}, '2009', p.id, repeat('本人对照检查的主要问题和今后努力方向。', 30), date '2009-05-08' + h % 9, p.name,
                   (date '2009-05-08' + h % 9 + time '21:00') at time zone '{zone}', 1
              from roster.people p cross join lateral (select {Pct("p.id", 43)} as h) x
             where p.jurisdiction_id = {j} and h < 95
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.heart_talks (jurisdiction_id, period_key, person_a_id, person_b_id, talked_on, topics, recorded_by, recorded_at, version)
            select {j}, '2009', a.id, b.id, d, '交流思想、查找问题', '县政府办公室', (d + time '19:00') at time zone '{zone}', 1
              from roster.people a join roster.people b on b.jurisdiction_id = a.jurisdiction_id and b.id > a.id
             cross join lateral (select date '2009-04-22' + {Spread("a.id * 1000 + b.id", 51, 30)} as d) dd
             where a.jurisdiction_id = {j} and {Pct("a.id * 1000 + b.id", 52)} < 95
            """);
        var report = await ScalarAsync(database, $"""
            insert into blocks.documents (jurisdiction_id, plugin_id, kind, title, organization_id, version, final, finalized_at, submitted_to_jurisdiction_id, submitted_at, submitted_by)
            values ({j}, '{Plugin}', 'group-analysis-report', '2009 XX县人民政府党组分析检查报告', {group}, 5, true, (date '2009-05-17' + time '17:00') at time zone '{zone}',
                    {parent}, (date '2009-05-19' + time '10:00') at time zone '{zone}', '县政府办公室')
            returning id
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.document_versions (jurisdiction_id, document_id, version, body, character_count, note, written_by, written_at)
            select {j}, {report}, v, b.body, char_length(b.body), case when v > 1 then '吸收党组成员意见修改' end, '县政府办公室',
                   (date '2009-04-25' + 5 * v + time '18:00') at time zone '{zone}'
              from generate_series(1, 5) v
             cross join lateral (select repeat('总结成绩、查找问题、分析原因，提出主要思路和具体措施。', 300) || v as body) b
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.document_comments (jurisdiction_id, document_id, version, person_id, text, written_by, at)
            select {j}, {report}, 1 + k, p.id, '建议在查找问题部分补充具体事例。', p.name,
                   (date '2009-04-30' + 5 * k + {Spread("p.id * 10 + k", 54, 8)} + time '15:00') at time zone '{zone}'
              from roster.people p cross join lateral generate_series(0, {Spread("p.id", 53, 4)} - 1) k
             where p.jurisdiction_id = {j}
            """);
        var round = await ScalarAsync(database, $"""
            insert into blocks.evaluation_rounds (jurisdiction_id, plugin_id, kind, round_key, title_zh, title_en, questions, anonymous, opens, closes, closed)
            values ({j}, '{Plugin}', 'group-report-evaluation', '2009', '党组分析检查报告群众评议', 'Public evaluation of the group''s report', '[]', true,
                    date '2009-05-12', date '2009-05-18', true)
            returning id
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.report_evaluations (jurisdiction_id, period_key, round_id, document_id, town_heads, department_heads, grassroots, opened_on, opened_by,
                                                              closed_on, closed_by, version)
            values ({j}, '2009', {round}, {report}, 12, 25, 30, date '2009-05-12', '县政府办公室', date '2009-05-18', '县政府办公室', 1)
            """);
    }

    // Stage 3 (05-21…08-20). Four units for every member but the leader (a third three), 90% of units visited 1–3 times
    // between 03-10 and 08-17; 3–5 rectification items per member, a third at once (due 30 days after the 06-02 adoption),
    // the rest by deadlines 06-15…08-13, 85% completed (some after their day); the survey published 08-12; the summary
    // report (2 versions) final 08-15 and submitted up 08-18.
    private static async Task RectifyAsync(NpgsqlDataSource database, int j, int parent, long group, string zone)
    {
        await ExecuteAsync(database, $"""
            insert into party_group_study.member_units (jurisdiction_id, person_id, name, relation)
            select {j}, p.id, (array['县发改局', '县财政局', '县农业局', '县教育局', '县卫生局', '县交通局', '县水利局', '县民政局'])[1 + (p.id::int + k) % 8] || '（' || k || '）',
                   case when k % 2 = 0 then 'InCharge' else 'Liaison' end
              from (select id, row_number() over (order by id) as n from roster.people where jurisdiction_id = {j}) p
             cross join lateral generate_series(1, 3 + case when p.id % 3 = 0 then 0 else 1 end) k
             where p.n > 1
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.guidance_visits (jurisdiction_id, person_id, unit_id, visited_on, focus, findings, follow_up, recorded_by, recorded_at, version)
            select {j}, u.person_id, u.id, d, 'Study', '学习扎实，调研深入。', null, '县政府办公室', (d + time '17:00') at time zone '{zone}', 1
              from party_group_study.member_units u
             cross join lateral generate_series(1, case when {Pct("u.id", 61)} < 90 then 1 + {Spread("u.id", 62, 3)} else 0 end) k
             cross join lateral (select date '2009-03-10' + {Spread("u.id * 4 + k", 63, 160)} as d) dd
             where u.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.rectifications (jurisdiction_id, plugin_id, kind, organization_id, problem, found_in, lead_person_id, mode, deadline, target, measures,
                                               published, completed_on, evidence, version)
            select {j}, '{Plugin}', 'rectification', {group}, '问题' || p.id || '-' || k || '：服务企业发展的审批环节过多', '专题民主生活会', p.id,
                   case when k % 3 = 0 then 'Immediate' else 'Deadline' end, case when k % 3 <> 0 then dl end, '审批时限压缩一半', '清理审批事项，推行并联审批',
                   true, case when c < 85 then (case when k % 3 = 0 then date '2009-07-02' else dl end) - 6 + {Spread("p.id * 10 + k", 72, 12)} end,
                   case when c < 85 then '已出台实施办法' end, 1
              from roster.people p
             cross join lateral generate_series(1, 3 + {Spread("p.id", 71, 3)}) k
             cross join lateral (select date '2009-06-15' + {Spread("p.id * 10 + k", 73, 60)} as dl, {Pct("p.id * 10 + k", 74)} as c) x
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.rectification_immediate_dues (jurisdiction_id, rectification_id, due_on)
            select {j}, id, date '2009-06-02' + 30 from blocks.rectifications
             where jurisdiction_id = {j} and plugin_id = '{Plugin}' and kind = 'rectification' and mode = 'Immediate'
            """);
        var round = await ScalarAsync(database, $"""
            insert into blocks.evaluation_rounds (jurisdiction_id, plugin_id, kind, round_key, title_zh, title_en, questions, anonymous, opens, closes, closed)
            values ({j}, '{Plugin}', 'satisfaction-survey', '2009', '群众满意度测评', 'Satisfaction survey', '[]', true, date '2009-08-01', date '2009-08-12', true)
            returning id
            """);
        await ExecuteAsync(database, $"""
            insert into party_group_study.satisfaction_surveys (jurisdiction_id, round_id, stage2_evaluators, raisers, codes_issued, published_on, saved_by, saved_at, version)
            values ({j}, {round}, 40, 10, 50, date '2009-08-12', '县政府办公室', (date '2009-08-12' + time '17:00') at time zone '{zone}', 1)
            """);
        var summary = await ScalarAsync(database, $"""
            insert into blocks.documents (jurisdiction_id, plugin_id, kind, title, organization_id, version, final, finalized_at, submitted_to_jurisdiction_id, submitted_at, submitted_by)
            values ({j}, '{Plugin}', 'summary-report', '县政府党组深入学习实践科学发展观活动总结报告', {group}, 2, true, (date '2009-08-15' + time '17:00') at time zone '{zone}',
                    {parent}, (date '2009-08-18' + time '10:00') at time zone '{zone}', '县政府办公室')
            returning id
            """);
        await ExecuteAsync(database, $"""
            insert into blocks.document_versions (jurisdiction_id, document_id, version, body, character_count, note, written_by, written_at)
            select {j}, {summary}, v, b.body, char_length(b.body), case when v > 1 then '定稿' end, '县政府办公室', (date '2009-08-05' + 5 * v + time '18:00') at time zone '{zone}'
              from generate_series(1, 2) v
             cross join lateral (select repeat('学习实践活动取得的主要成效和基本经验。', 300) || v as body) b
            """);
    }
}
