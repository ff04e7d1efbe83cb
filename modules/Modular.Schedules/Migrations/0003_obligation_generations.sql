-- Which plugin's obligations were generated for the current jurisdiction, for which version of its
-- switch (on, settings) and on which day: a plugin switched on, re-set or not yet generated today is
-- generated again (host PluginObligationSync); one switched off has its obligations removed.
CREATE TABLE obligation_generations (
    jurisdiction_id integer     NOT NULL,
    source          text        NOT NULL,      -- plugin id
    switch_version  integer     NOT NULL,
    generated_on    date        NOT NULL,      -- the jurisdiction's day of the run
    generated_at    timestamptz NOT NULL DEFAULT now(),
    touched         integer     NOT NULL,      -- rows the run inserted or changed
    PRIMARY KEY (jurisdiction_id, source)
);

-- Reminders are read from the obligations when they are shown (ReminderService), so they always
-- agree with them; the daily snapshot is gone.
DROP TABLE reminders;
