-- 三(二)3 群众评议 (Evaluation/) and 三(二)4 评选表彰 (Commendation/). The ratings themselves live in the SDK's evaluation rounds;
-- these tables tie a branch's half-year and year-end rounds to them and keep each closed round's fixed results.

CREATE TABLE evaluation_rounds (
    jurisdiction_id  integer     NOT NULL,
    organization_id  bigint      NOT NULL,
    year             integer     NOT NULL,
    period           text        NOT NULL CHECK (period IN ('HalfYear', 'YearEnd')),
    members_round_id bigint      NOT NULL,
    public_round_id  bigint      NOT NULL,
    closes           date        NOT NULL,
    opened_by        text,
    opened_at        timestamptz NOT NULL,
    closed_by        text,
    closed_at        timestamptz,
    PRIMARY KEY (jurisdiction_id, organization_id, year, period)
);
COMMENT ON TABLE evaluation_rounds IS '群众评议轮次 | Evaluation round | /institute-branch-plan/Evaluation';

CREATE TABLE evaluation_results (
    jurisdiction_id integer NOT NULL,
    organization_id bigint  NOT NULL,
    year            integer NOT NULL,
    period          text    NOT NULL,
    person_id       bigint  NOT NULL,
    name            text    NOT NULL,
    members_tally   text    NOT NULL,
    members_mark    numeric(6,2),
    public_tally    text    NOT NULL,
    public_mark     numeric(6,2),
    plan_score      numeric(6,2),
    composite       numeric(6,2),
    grade           text,
    PRIMARY KEY (jurisdiction_id, organization_id, year, period, person_id),
    FOREIGN KEY (jurisdiction_id, organization_id, year, period) REFERENCES evaluation_rounds (jurisdiction_id, organization_id, year, period) ON DELETE CASCADE
);
CREATE INDEX evaluation_results_person ON evaluation_results (jurisdiction_id, person_id);
COMMENT ON TABLE evaluation_results IS '民主评议结果 | Evaluation result | /institute-branch-plan/Evaluation';

-- 三(二)4 评选表彰：先进集体、先进个人
CREATE TABLE honors (
    jurisdiction_id integer     NOT NULL,
    year            integer     NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('Collective', 'Individual')),
    organization_id bigint      NOT NULL,
    person_id       bigint      NOT NULL,
    title           text        NOT NULL,
    name            text        NOT NULL,
    recorded_by     text,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_id, year, kind, organization_id, person_id, title)
);
COMMENT ON TABLE honors IS '先进集体和先进个人 | Honour | /institute-branch-plan/Commendation';
