-- 二(五) 问责 and 三(三) 先进典型: the person is picked from the roster (person_id); person keeps the name as recorded, and for
-- rows recorded before the picker the free text they were given (those rows survive unchanged, with no person_id).
ALTER TABLE accountability_cases ADD COLUMN person_id bigint;
ALTER TABLE publicity_reports ADD COLUMN person_id bigint;
