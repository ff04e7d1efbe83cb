-- A period lock may close a period for one organization's authors (and its subtree): a branch whose
-- quarter inspection is closed, while its neighbours still write. Null: the whole jurisdiction, as before.
ALTER TABLE period_locks ADD COLUMN organization_id bigint;
ALTER TABLE period_locks ADD COLUMN with_subtree boolean NOT NULL DEFAULT true;
