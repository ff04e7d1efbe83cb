-- 三(一)三 组织学习（Study/）：每个党支部的必读篇目。学习（含动员大会）的考勤和学时记在 SDK 的活动中（来源
-- institute-branch-plan.study），读书笔记、心得体会记在 SDK 的计字文稿中（ReadingNotes/），这里只有篇目清单。
CREATE TABLE study_readings (
    jurisdiction_id integer     NOT NULL,
    organization_id bigint      NOT NULL,
    titles          text[]      NOT NULL,
    version         integer     NOT NULL,
    saved_by        text,
    saved_at        timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_id, organization_id)
);
COMMENT ON TABLE study_readings IS '必读篇目 | Required readings | /institute-branch-plan/Study';
