-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE campaigns IS '活动实例 | Campaign | /office/campaigns/{id}';
COMMENT ON TABLE stages IS '活动阶段 | Stage | /office/campaigns/{campaign_id}';
COMMENT ON TABLE milestones IS '活动节点 | Milestone | /office/campaigns/{campaign_id}';
COMMENT ON TABLE deadlines IS '完成期限 | Deadline';
COMMENT ON TABLE obligations IS '任务 | Obligation';
COMMENT ON TABLE events IS '会议与培训 | Meeting or training | /office/events/{id}';
COMMENT ON TABLE attendance IS '出席记录 | Attendance | /office/events/{event_id}';
COMMENT ON TABLE calendar_tokens IS '日历订阅 | Calendar subscription';
COMMENT ON TABLE settings IS '提醒设置 | Reminder settings';
