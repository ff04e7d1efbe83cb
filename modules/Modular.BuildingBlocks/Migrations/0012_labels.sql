-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE counted_texts IS '文字材料（笔记、心得、报告） | Written text (note, reflection, report)';
COMMENT ON TABLE period_locks IS '期间锁定 | Period lock';
COMMENT ON TABLE pledges IS '承诺 | Pledge | /office/pledges';
COMMENT ON TABLE evaluation_rounds IS '评议 | Evaluation round';
COMMENT ON TABLE evaluation_responses IS '评议答卷 | Evaluation answer';
COMMENT ON TABLE evaluation_participation IS '参加评议 | Evaluation participation';
COMMENT ON TABLE evaluation_tallies IS '评议计票 | Evaluation tally';
COMMENT ON TABLE evaluation_codes IS '评议码 | Evaluation code';
COMMENT ON TABLE evaluation_code_uses IS '评议码使用 | Evaluation code use';
COMMENT ON TABLE nominations IS '推荐 | Nomination | /office/reviews';
COMMENT ON TABLE nomination_steps IS '推荐环节 | Nomination step | /office/reviews';
COMMENT ON TABLE rectifications IS '整改事项 | Rectification item';
COMMENT ON TABLE suggestions IS '意见建议 | Suggestion';
COMMENT ON TABLE discussions IS '讨论 | Discussion';
COMMENT ON TABLE discussion_contributions IS '讨论发言 | Discussion contribution';
COMMENT ON TABLE documents IS '文件 | Document';
COMMENT ON TABLE document_versions IS '文件版本 | Document version';
COMMENT ON TABLE document_comments IS '文件意见 | Document comment';
COMMENT ON TABLE unit_schedules IS '单位时间表 | Unit schedule';
