-- 光栅室党支部创先争优: the tables of its items, in the plugin's schema (plugin.json "schema"; the host runs this there, once).
-- Every key and index leads with jurisdiction_id: the host gives such tables row-level security at start.

-- 四(一) 领导小组：每个党支部一个，组长、副组长、成员（LeadingGroup/）
CREATE TABLE leading_groups (
    jurisdiction_id integer     NOT NULL,
    organization_id bigint      NOT NULL,
    version         integer     NOT NULL,
    saved_by        text,
    saved_at        timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_id, organization_id)
);
CREATE TABLE leading_group_seats (
    jurisdiction_id integer NOT NULL,
    organization_id bigint  NOT NULL,
    person_id       bigint  NOT NULL,
    role            text    NOT NULL CHECK (role IN ('Leader', 'Deputy', 'Member')),
    PRIMARY KEY (jurisdiction_id, organization_id, person_id),
    FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES leading_groups (jurisdiction_id, organization_id) ON DELETE CASCADE
);
CREATE INDEX leading_group_seats_person ON leading_group_seats (jurisdiction_id, person_id);
CREATE UNIQUE INDEX leading_group_one_leader ON leading_group_seats (jurisdiction_id, organization_id) WHERE role = 'Leader';
COMMENT ON TABLE leading_groups IS '创先争优领导小组 | Leading group | /institute-branch-plan/LeadingGroup';
COMMENT ON TABLE leading_group_seats IS '领导小组成员 | Leading group seat | /institute-branch-plan/LeadingGroup';
