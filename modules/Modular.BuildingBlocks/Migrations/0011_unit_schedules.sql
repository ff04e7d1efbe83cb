-- Each unit's own start on a plan where units choose it (the third-batch plan), with the phase ends it chose and
-- the day it reported finishing, for any plugin (BlockKind); one per unit and kind, versioned.
CREATE TABLE unit_schedules (
    jurisdiction_id integer     NOT NULL,
    plugin_id       text        NOT NULL,
    kind            text        NOT NULL,
    organization_id bigint      NOT NULL,
    starts_on       date        NOT NULL,
    chosen_ends     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    finished_on     date,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text,
    version         integer     NOT NULL,
    PRIMARY KEY (jurisdiction_id, plugin_id, kind, organization_id)
);
