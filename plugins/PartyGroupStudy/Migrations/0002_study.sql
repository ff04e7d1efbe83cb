-- 四(一) 学习调研阶段. The mobilization meeting and the study events live in the SDK's campaign events, self-study,
-- reading notes and research reports in its counted texts, the discussion in its discussions; only the topics are ours.

-- 四(一)3 开展课题调研: each member's one research topic (Research/)
CREATE TABLE research_topics (
    jurisdiction_id integer     NOT NULL,
    person_id       bigint      NOT NULL,
    topic           text        NOT NULL,
    chosen_on       date        NOT NULL,
    recorded_by     text,
    recorded_at     timestamptz NOT NULL,
    version         integer     NOT NULL,
    PRIMARY KEY (jurisdiction_id, person_id)
);
COMMENT ON TABLE research_topics IS '课题调研的课题 | Research topic | /party-group-study/Research';
