-- One claim mechanism for every scheduled job, the core's and the plugins' (host.job_runs moves in here with the
-- host's migration 0004; see JobClaims). A job is named by its key: 'schedules/reminders' for the core's daily
-- pass, '<plugin id>/<job type>' for a plugin's. A claim now holds a lease that its instance renews while the job
-- runs; a claim whose lease ran out unfinished (its instance died) is taken over by the next pass of any instance.
ALTER TABLE job_runs RENAME COLUMN job_id TO job_key;
UPDATE job_runs SET job_key = 'schedules/' || job_key;
-- Runs claimed before leases existed either finished or were left by a stopped instance: the latter are due now.
ALTER TABLE job_runs
    ADD COLUMN lease_until timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN attempts    integer     NOT NULL DEFAULT 1;
