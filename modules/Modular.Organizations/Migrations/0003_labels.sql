-- What the audit log calls this module's records, in words (AuditVocabulary reads these comments):
-- 'Chinese | English | the record's page under /j/{code}, with {column} taken from the row'.
COMMENT ON TABLE organizations IS '党组织 | Organization | /organizations/{id}';
COMMENT ON TABLE people IS '党员 | Member | /people/{id}';
COMMENT ON TABLE officers IS '党组织委员 | Officer | /organizations/{organization_id}';
COMMENT ON TABLE transfers IS '组织关系转接 | Transfer | /people/{person_id}';
-- Columns whose common name would mislead, and stored values in words ('value=中文=English; ...').
COMMENT ON COLUMN people.name IS '姓名 | Name';
COMMENT ON COLUMN people.category IS '人员类别 | Category | Full=正式党员=Full member; Probationary=预备党员=Probationary member';
COMMENT ON COLUMN people.standing IS '党籍状态 | Standing | Normal=正常=Normal; Retained=保留=Retained; Restored=恢复=Restored; Suspended=停止=Suspended; Expelled=开除=Expelled';
COMMENT ON COLUMN organizations.kind IS '组织类别 | Kind | PartyCommittee=党委=Party committee; GeneralBranch=党总支=General branch; Branch=党支部=Branch; PartyGroup=党组=Party group; LeadingGroup=领导小组=Leading group; LeadingGroupOffice=领导小组办公室=Leading group office; InspectionGroup=指导检查组=Guidance and inspection group';
COMMENT ON COLUMN organizations.sector IS '领域 | Sector | Township=苏木镇/乡镇=Township; Village=嘎查/农村=Village; Community=社区=Community; GovernmentOrgan=机关=Government organ; NonPublicEnterprise=非公有制经济组织=Non-public enterprise; SocialOrganization=社会组织=Social organization; Health=卫生=Health; Education=教育=Education; Research=科研=Research; Park=园区=Park';
COMMENT ON COLUMN officers.post IS '职务 | Post | Secretary=书记=Secretary; DeputySecretary=副书记=Deputy secretary; OrganizationMember=组织委员=Organization member; PropagandaMember=宣传委员=Propaganda member; DisciplineMember=纪检委员=Discipline member';
COMMENT ON COLUMN organizations.pending_secretary_name IS '书记（待与名册匹配） | Secretary (to match on the roster)';
