-- One row per run of a plugin's scheduled job for one jurisdiction and due time. The primary key
-- is the claim: the host instance whose insert wins runs the job; the others skip it.
CREATE TABLE job_runs (
    jurisdiction_id integer     NOT NULL,
    plugin_id       text        NOT NULL,
    job_id          text        NOT NULL,
    due_at          timestamptz NOT NULL,
    claimed_by      text        NOT NULL,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    error           text,
    PRIMARY KEY (jurisdiction_id, plugin_id, job_id, due_at)
);
