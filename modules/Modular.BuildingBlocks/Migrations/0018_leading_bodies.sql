-- 成立领导机构和工作机构: each organization's leading group (领导小组) and working office (办公室/工作机构), for any plugin
-- (BlockKind), one row per body with its version, and its seats in order: a roster person or a name alone, the place,
-- the organization the seat liaises with (联系点) and a short duty or note.
CREATE TABLE leading_bodies (
    jurisdiction_id integer     NOT NULL,
    plugin_id       text        NOT NULL,
    kind            text        NOT NULL,
    organization_id bigint      NOT NULL,
    body_type       text        NOT NULL CHECK (body_type IN ('LeadingGroup', 'WorkingOffice')),
    version         integer     NOT NULL,
    saved_by        text,
    saved_at        timestamptz NOT NULL,
    established_at  timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_id, plugin_id, kind, organization_id, body_type)
);

CREATE TABLE leading_body_seats (
    jurisdiction_id         integer NOT NULL,
    plugin_id               text    NOT NULL,
    kind                    text    NOT NULL,
    organization_id         bigint  NOT NULL,
    body_type               text    NOT NULL,
    position                integer NOT NULL,
    person_id               bigint,
    name                    text,
    role                    text    NOT NULL CHECK (role IN ('Leader', 'Deputy', 'Member', 'Director', 'Staff')),
    liaison_organization_id bigint,
    note                    text,
    PRIMARY KEY (jurisdiction_id, plugin_id, kind, organization_id, body_type, position),
    FOREIGN KEY (jurisdiction_id, plugin_id, kind, organization_id, body_type)
        REFERENCES leading_bodies (jurisdiction_id, plugin_id, kind, organization_id, body_type) ON DELETE CASCADE,
    CHECK (person_id IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX leading_body_seats_person ON leading_body_seats (jurisdiction_id, plugin_id, kind, person_id);

COMMENT ON TABLE leading_bodies IS '领导机构、工作机构 | Leading body';
COMMENT ON TABLE leading_body_seats IS '领导机构成员 | Leading body seat';
