-- When a document became final (定稿): a plan's deadline for the final text (a branch's year-end summary) is judged on it.
ALTER TABLE documents ADD COLUMN finalized_at timestamptz;
COMMENT ON COLUMN documents.finalized_at IS '定稿时间 | Finalized at';
