-- A closed inspection holds an SDK period lock on its quarter for the organization's members
-- (blocks.period_locks): the lock, not a read before the write, is what refuses a late note.
ALTER TABLE note_inspections ADD COLUMN period_lock_id bigint;
