-- 七一表彰：各级党组织也要表彰。乡镇党委等下设党组织的党委，对报到本级的推荐作出本级表彰（或不予表彰）的决定，
-- 每项推荐每一级一次；日期在“七一”前（可补记）。县委的表彰即推荐的审定，不在此表。
CREATE TABLE level_commendations (
    jurisdiction_id integer     NOT NULL,
    nomination_id   bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    commended       boolean     NOT NULL,
    decided_on      date        NOT NULL,
    reason          text,
    decided_by      text,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_id, nomination_id, organization_id)
);
CREATE INDEX level_commendations_organization ON level_commendations (jurisdiction_id, organization_id);
COMMENT ON TABLE level_commendations IS '各级表彰 | Commendations by level';
