-- Events are the SDK's (ICampaignEvents): a plugin's education event or training session is an event
-- here, with who was expected, who attended (or why not) and for how long, so hours add up across
-- plugins and every event shows on the calendars. held_on is the jurisdiction's day of starts_at.
ALTER TABLE events
    ADD COLUMN held_on        date,
    ADD COLUMN source         text,          -- the plugin's kind of record, e.g. six-ones.education; null for the office's own events
    ADD COLUMN slot           text,          -- when set, one event per source, organization and slot (one education event a year)
    ADD COLUMN place          text,
    ADD COLUMN summary        text,
    ADD COLUMN tags           text[]        NOT NULL DEFAULT '{}',
    ADD COLUMN details        jsonb         NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN recorded_at    timestamptz   NOT NULL DEFAULT now(),
    ADD COLUMN recorded_by    text,
    ADD COLUMN version        integer       NOT NULL DEFAULT 0;

UPDATE events e SET held_on = (e.starts_at AT TIME ZONE j.time_zone)::date
FROM jurisdictions.jurisdictions j WHERE j.id = e.jurisdiction_id;
UPDATE events SET held_on = (starts_at AT TIME ZONE 'Asia/Shanghai')::date WHERE held_on IS NULL;
ALTER TABLE events ALTER COLUMN held_on SET NOT NULL;

CREATE UNIQUE INDEX events_slot ON events (jurisdiction_id, source, organization_id, slot) WHERE slot IS NOT NULL;
CREATE INDEX events_source ON events (jurisdiction_id, source, held_on) WHERE source IS NOT NULL;

-- Absent members are kept with their reason (外出务工、病假) and no hours.
ALTER TABLE attendance
    ADD COLUMN attended       boolean       NOT NULL DEFAULT true,
    ADD COLUMN absence_reason text;
