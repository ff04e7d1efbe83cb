-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE note_days IS '每日学习笔记 | Daily study note';
COMMENT ON TABLE note_month_counts IS '笔记月度统计 | Monthly note count';
COMMENT ON TABLE note_inspections IS '笔记检查验收 | Note inspection';
COMMENT ON TABLE note_verdicts IS '笔记检查结论 | Note verdict';
COMMENT ON TABLE note_inspection_events IS '笔记检查记录 | Note inspection record';
COMMENT ON TABLE book_required IS '必读理论书目 | Required book';
COMMENT ON TABLE book_notes IS '理论读书笔记 | Book note';
COMMENT ON TABLE report_entries IS '调研报告 | Research report';
COMMENT ON TABLE report_steps IS '调研报告流转 | Research report step';
COMMENT ON TABLE practice_items IS '好做法好经验 | Good practice';
COMMENT ON TABLE contest_questions IS '知识竞赛题目 | Contest question';
COMMENT ON TABLE contest_contests IS '知识竞赛 | Knowledge contest';
COMMENT ON TABLE contest_paper IS '竞赛试卷 | Contest paper';
COMMENT ON TABLE contest_attempts IS '竞赛答卷 | Contest attempt';
COMMENT ON TABLE contest_team_scores IS '竞赛团体成绩 | Contest team score';
