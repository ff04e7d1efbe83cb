-- The year-end assessment (年终实绩考核) lists every member's year: at 50,000 members it summed 600,000 member-months and
-- subtracted the year's days short on study hours (170,000 day rows) on every request, 1.2 s before a line was shown.
-- Here each member's notes are also counted per year and hours studied, as they are written: a banner's year is one row
-- per member and distinct hours. By the hours, as note_organization_months: a day counts only with dailyNote.studyHours
-- studied, and that is a setting, so the notes that count (and those short on time) are split when the figures are read.
CREATE TABLE note_member_years (
    jurisdiction_id integer NOT NULL,
    year            integer NOT NULL,
    person_id       bigint  NOT NULL,
    hours_x100      integer NOT NULL, -- note_days.hours_x100
    notes           integer NOT NULL,
    PRIMARY KEY (jurisdiction_id, year, person_id, hours_x100)
);
COMMENT ON TABLE note_member_years IS '笔记年度统计 | Yearly note count';

-- Day rows written ('new') or removed ('old'; a rewrite is both), one aggregate per statement, in key order.
CREATE FUNCTION note_member_years_add() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    direction integer := CASE TG_ARGV[0] WHEN 'old' THEN -1 ELSE 1 END;
BEGIN
    INSERT INTO note_member_years AS c (jurisdiction_id, year, person_id, hours_x100, notes)
    SELECT jurisdiction_id, extract(year FROM day)::integer, person_id, hours_x100, direction * count(*)::integer
      FROM changed_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (jurisdiction_id, year, person_id, hours_x100) DO UPDATE SET notes = c.notes + excluded.notes;
    RETURN NULL;
END $$;

CREATE TRIGGER note_days_per_member_year_insert AFTER INSERT ON note_days
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_member_years_add('new');
CREATE TRIGGER note_days_per_member_year_delete AFTER DELETE ON note_days
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_member_years_add('old');
CREATE TRIGGER note_days_per_member_year_update_old AFTER UPDATE ON note_days
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_member_years_add('old');
CREATE TRIGGER note_days_per_member_year_update_new AFTER UPDATE ON note_days
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_member_years_add('new');

-- The notes written already (one pass).
INSERT INTO note_member_years (jurisdiction_id, year, person_id, hours_x100, notes)
SELECT jurisdiction_id, extract(year FROM day)::integer, person_id, hours_x100, count(*)::integer
  FROM note_days GROUP BY 1, 2, 3, 4;
