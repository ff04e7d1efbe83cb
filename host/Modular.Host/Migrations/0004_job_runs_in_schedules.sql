-- The plugins' job claims join the core's in schedules.job_runs (schedules migration 0007), so that one mechanism
-- with leases claims every run. Module migrations run before the host's, so that table has its new shape here.
INSERT INTO schedules.job_runs (jurisdiction_id, job_key, due_at, claimed_by, started_at, finished_at, error)
SELECT jurisdiction_id, plugin_id || '/' || job_id, due_at, claimed_by, started_at, finished_at, error
  FROM job_runs;
DROP TABLE job_runs;
