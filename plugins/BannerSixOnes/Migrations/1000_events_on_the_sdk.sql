-- Items 1 and 2 keep their events in the SDK's store (schedules.events / schedules.attendance, ICampaignEvents):
-- the education event as source six-ones.education with the campaign year as its slot, the training sessions as
-- six-ones.training with field and industry as details. Existing rows move across; the plugin's tables go.
CREATE TEMP TABLE moved_events (jurisdiction_id integer, old_id bigint, new_id bigint, kind text) ON COMMIT DROP;

WITH source AS (
    SELECT e.*, (e.held_on + time '12:00') AT TIME ZONE j.time_zone AS starts_at
    FROM education_events e JOIN jurisdictions.jurisdictions j ON j.id = e.jurisdiction_id
), inserted AS (
    INSERT INTO schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, slot, place, summary, tags,
                                  recorded_at, recorded_by, version)
    SELECT jurisdiction_id, topic, 'study', organization_id, starts_at, hours, held_on, 'six-ones.education',
           extract(year FROM held_on)::int::text, place, summary, contents, recorded_at, recorded_by, version
    FROM source
    RETURNING jurisdiction_id, id, organization_id, slot
)
INSERT INTO moved_events
SELECT i.jurisdiction_id, e.id, i.id, 'education'
FROM inserted i JOIN education_events e
  ON e.jurisdiction_id = i.jurisdiction_id AND e.organization_id = i.organization_id AND extract(year FROM e.held_on)::int::text = i.slot;

INSERT INTO schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended, absence_reason)
SELECT a.jurisdiction_id, m.new_id, a.person_id, CASE WHEN a.attended THEN e.hours ELSE 0 END, a.attended, a.absence_reason
FROM education_attendance a
JOIN education_events e ON e.jurisdiction_id = a.jurisdiction_id AND e.id = a.event_id
JOIN moved_events m ON m.kind = 'education' AND m.jurisdiction_id = a.jurisdiction_id AND m.old_id = a.event_id;

-- Training sessions: one insert per row keeps the old → new id pairs without a natural key.
DO $$
DECLARE s record; new_id bigint;
BEGIN
    FOR s IN SELECT t.*, j.time_zone FROM training_sessions t JOIN jurisdictions.jurisdictions j ON j.id = t.jurisdiction_id LOOP
        INSERT INTO schedules.events (jurisdiction_id, title, kind, organization_id, starts_at, hours, held_on, source, place, details, recorded_at, version)
        VALUES (s.jurisdiction_id, s.title, 'training', s.committee_id, (s.held_on + time '12:00') AT TIME ZONE s.time_zone, s.hours, s.held_on,
                'six-ones.training', s.place,
                CASE WHEN s.industry IS NULL THEN jsonb_build_object('field', s.field) ELSE jsonb_build_object('field', s.field, 'industry', s.industry) END,
                s.recorded_at, s.version)
        RETURNING id INTO new_id;
        INSERT INTO schedules.attendance (jurisdiction_id, event_id, person_id, hours, attended)
        SELECT s.jurisdiction_id, new_id, a.person_id, s.hours, true
        FROM training_attendance a WHERE a.jurisdiction_id = s.jurisdiction_id AND a.session_id = s.id;
    END LOOP;
END $$;

DROP TABLE education_attendance;
DROP TABLE education_events;
DROP TABLE training_attendance;
DROP TABLE training_sessions;
