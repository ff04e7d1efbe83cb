-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE users IS '账号 | Account | /office/users';
COMMENT ON TABLE role_assignments IS '账号角色 | Role | /office/users';
COMMENT ON TABLE person_accounts IS '账号与党员关联 | Account of a member | /people/{person_id}';
COMMENT ON TABLE provisioning_batches IS '党员账号开通批次 | Member account batch | /accounts';
COMMENT ON COLUMN users.must_change_password IS '须修改密码 | Must change password';
