-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE jurisdictions IS '辖区 | Jurisdiction';
COMMENT ON TABLE plugin_switches IS '活动模块启用与设置 | Campaign module switch and settings | /office/plugins/{plugin_id}';
