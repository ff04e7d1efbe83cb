-- A parent jurisdiction's decision on a nomination a child reported to it (the institute's 评选, the league's 评比):
-- the parent's own row, behind its own wall. The reporting child reads the decisions on its nominations through the
-- read-only policy below (policies of one table are OR-ed with the wall: nothing else widens).
CREATE TABLE parent_decisions (
    jurisdiction_id      integer     NOT NULL,
    from_jurisdiction_id integer     NOT NULL,
    nomination_id        bigint      NOT NULL,
    selected             boolean     NOT NULL,
    reason               text,
    actor                text,
    decided_at           timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_id, from_jurisdiction_id, nomination_id)
);
CREATE INDEX parent_decisions_for_child ON parent_decisions (from_jurisdiction_id, nomination_id);

CREATE POLICY decided_for_us ON parent_decisions FOR SELECT
    USING (from_jurisdiction_id = (SELECT nullif(current_setting('modular.jurisdiction', true), '')::integer));
