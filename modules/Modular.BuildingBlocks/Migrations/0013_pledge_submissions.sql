-- A pledge's deadline is judged on when it was first handed in (个人打算 by 09-14), it names the problems it answers,
-- and replacing it is versioned so two people editing one pledge do not overwrite each other silently.
ALTER TABLE pledges
    ADD COLUMN problems     text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN submitted_at timestamptz,
    ADD COLUMN updated_at   timestamptz,
    ADD COLUMN version      integer     NOT NULL DEFAULT 1;
UPDATE pledges SET submitted_at = coalesce(published_at, now()), updated_at = coalesce(published_at, now());
ALTER TABLE pledges ALTER COLUMN submitted_at SET NOT NULL, ALTER COLUMN updated_at SET NOT NULL;
COMMENT ON COLUMN pledges.problems IS '针对的问题 | Problems answered';
COMMENT ON COLUMN pledges.submitted_at IS '提交时间 | Handed in';
