-- The office's figures are per organization (a branch's member-days due and written), but the counters were per member:
-- a banner's year joined 600,000 member-months to the roster on every dashboard (0.6 s at 50,000 members, more for the
-- ragged month). Here the notes are also counted per organization, by day and by month, as they are written.
--
-- note_members says in which organization each member's notes are counted: the member's organization as the roster
-- last told the plugin (written with the member's first note, moved when PersonTransferred is announced, checked against
-- the roster every night). Moving a member moves their counted notes with them, as the roster-joined figures did.

CREATE TABLE note_members (
    jurisdiction_id integer NOT NULL,
    person_id       bigint  NOT NULL,
    organization_id bigint  NOT NULL,
    PRIMARY KEY (jurisdiction_id, person_id)
);

-- Notes written per organization and day (the ragged ends of a range, and "today's notes").
CREATE TABLE note_organization_days (
    jurisdiction_id integer NOT NULL,
    day             date    NOT NULL,
    organization_id bigint  NOT NULL,
    notes           integer NOT NULL,
    PRIMARY KEY (jurisdiction_id, day, organization_id)
);

-- Notes written per organization, month and hours studied (whole months of a range: a banner's year is 12 rows per branch
-- and distinct hours). By the hours, because a day counts only with dailyNote.studyHours studied, and that is a setting:
-- the notes that count are those at or above it, whatever it is when the figures are read.
CREATE TABLE note_organization_months (
    jurisdiction_id integer NOT NULL,
    month           date    NOT NULL, -- first day of the month
    organization_id bigint  NOT NULL,
    hours_x100      integer NOT NULL, -- note_days.hours_x100
    notes           integer NOT NULL,
    PRIMARY KEY (jurisdiction_id, month, organization_id, hours_x100)
);

-- Adds counts per day and hours (negative ones take off) to both organization tables, in key order.
CREATE FUNCTION note_organization_counts_add(jurisdictions integer[], days date[], organizations bigint[], hours integer[], notes integer[])
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO note_organization_days AS c (jurisdiction_id, day, organization_id, notes)
    SELECT x.j, x.d, x.o, sum(x.n) FROM unnest(jurisdictions, days, organizations, hours, notes) AS x(j, d, o, h, n)
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (jurisdiction_id, day, organization_id) DO UPDATE SET notes = c.notes + excluded.notes;
    INSERT INTO note_organization_months AS c (jurisdiction_id, month, organization_id, hours_x100, notes)
    SELECT x.j, date_trunc('month', x.d)::date, x.o, x.h, sum(x.n) FROM unnest(jurisdictions, days, organizations, hours, notes) AS x(j, d, o, h, n)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (jurisdiction_id, month, organization_id, hours_x100) DO UPDATE SET notes = c.notes + excluded.notes;
END $$;

-- The triggers below name their transition table changed_rows, whether it holds rows as they were (argument 'old': taken
-- off the counts) or as they are now ('new': added).

-- Day rows written or removed: counted where their member's notes are counted. The members' note_members rows are
-- locked first, so a transfer running at the same time either sees these rows (and moves them) or waits for them.
CREATE FUNCTION note_days_counted_per_organization() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    direction integer := CASE TG_ARGV[0] WHEN 'old' THEN -1 ELSE 1 END;
BEGIN
    PERFORM 1 FROM note_members m
     WHERE (m.jurisdiction_id, m.person_id) IN (SELECT jurisdiction_id, person_id FROM changed_rows)
     ORDER BY m.jurisdiction_id, m.person_id FOR SHARE;
    PERFORM note_organization_counts_add(array_agg(j), array_agg(d), array_agg(o), array_agg(h), array_agg(n))
       FROM (SELECT r.jurisdiction_id, r.day, m.organization_id, r.hours_x100, direction * count(*)::integer
               FROM changed_rows r JOIN note_members m USING (jurisdiction_id, person_id) GROUP BY 1, 2, 3, 4) x(j, d, o, h, n)
     HAVING count(*) > 0;
    RETURN NULL;
END $$;

-- A member filed under an organization (first note, a transfer, the nightly check): their day rows move with them.
CREATE FUNCTION note_members_counted() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    direction integer := CASE TG_ARGV[0] WHEN 'old' THEN -1 ELSE 1 END;
BEGIN
    PERFORM note_organization_counts_add(array_agg(j), array_agg(d), array_agg(o), array_agg(h), array_agg(n))
       FROM (SELECT d.jurisdiction_id, d.day, r.organization_id, d.hours_x100, direction * count(*)::integer
               FROM changed_rows r JOIN note_days d USING (jurisdiction_id, person_id) GROUP BY 1, 2, 3, 4) x(j, d, o, h, n)
     HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE TRIGGER note_days_per_organization_insert AFTER INSERT ON note_days
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_days_counted_per_organization('new');
CREATE TRIGGER note_days_per_organization_delete AFTER DELETE ON note_days
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_days_counted_per_organization('old');
-- A note rewritten with other hours moves from one hours' count of its month to the other (taken off as it was, added
-- as it is).
CREATE TRIGGER note_days_per_organization_update_old AFTER UPDATE ON note_days
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_days_counted_per_organization('old');
CREATE TRIGGER note_days_per_organization_update_new AFTER UPDATE ON note_days
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_days_counted_per_organization('new');

CREATE TRIGGER note_members_insert AFTER INSERT ON note_members
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_members_counted('new');
CREATE TRIGGER note_members_delete AFTER DELETE ON note_members
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_members_counted('old');
CREATE TRIGGER note_members_update_old AFTER UPDATE ON note_members
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_members_counted('old');
CREATE TRIGGER note_members_update_new AFTER UPDATE ON note_members
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_members_counted('new');

-- The members who have notes already, where the roster has them today (one pass; the triggers above fill the counts).
INSERT INTO note_members (jurisdiction_id, person_id, organization_id)
SELECT p.jurisdiction_id, p.id, p.organization_id
  FROM roster.people p
 WHERE EXISTS (SELECT 1 FROM note_days n WHERE n.jurisdiction_id = p.jurisdiction_id AND n.person_id = p.id);
