-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE users IS '账号 | Account | /office/users';
COMMENT ON TABLE role_assignments IS '账号角色 | Role | /office/users';
