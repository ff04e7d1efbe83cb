-- The days short on study hours (hours under dailyNote.studyHours: written, but not counted) are few, and every progress,
-- inspection and year-end figure subtracts them. Finding them read every day row of the range (a banner's year: 18 million
-- rows at 50,000 members). An index on hours alone does not serve: under the jurisdiction wall (row-level security) a
-- numeric comparison is not leakproof, so PostgreSQL may not use it in an index scan and reads the whole table instead.
-- Hundredths of an hour as an integer compare with a leakproof operator, so the short days are a range of this index,
-- whatever dailyNote.studyHours says.
ALTER TABLE note_days ADD COLUMN hours_x100 integer GENERATED ALWAYS AS ((hours * 100)::integer) STORED;
CREATE INDEX note_days_by_hours ON note_days (jurisdiction_id, hours_x100, day) INCLUDE (person_id);
