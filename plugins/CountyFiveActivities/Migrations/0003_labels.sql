-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE mobilization_meetings IS '发动大会 | Mobilization meeting';
COMMENT ON TABLE plan_filings IS '实施方案备案 | Plan filing';
COMMENT ON TABLE party_spirit_weeks IS '党性教育周 | Party-spirit week';
COMMENT ON TABLE dedication_records IS '奉献记录 | Dedication record';
COMMENT ON TABLE member_posts IS '党员岗位 | Member post';
COMMENT ON TABLE service_records IS '服务群众记录 | Service record';
COMMENT ON TABLE badges IS '示范岗与责任区 | Badge';
COMMENT ON TABLE demonstration_units IS '示范单位 | Demonstration unit';
COMMENT ON TABLE four_finds IS '四找 | Four finds';
COMMENT ON TABLE five_goods_scores IS '五好评分 | Five-goods score';
COMMENT ON TABLE summary_reports IS '总结报告 | Summary report';
COMMENT ON TABLE nomination_days IS '推荐日 | Nomination day';
