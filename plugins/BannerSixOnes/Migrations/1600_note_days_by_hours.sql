-- The days short on study hours (hours under dailyNote.studyHours: written, but not counted) are few, and every progress,
-- inspection and year-end figure subtracts them. Without this index finding them read every day row of the range from
-- the heap (a banner's year: 18 million rows at 50,000 members); with it they are a range of the index, for whatever the
-- setting says.
CREATE INDEX note_days_by_hours ON note_days (jurisdiction_id, hours, day) INCLUDE (person_id);
