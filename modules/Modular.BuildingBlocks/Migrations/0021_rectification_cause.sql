-- 深刻分析原因: a problem's cause, kept apart from the target it is put right to (six-ones used to write both in the target).
ALTER TABLE rectifications ADD COLUMN cause text;
COMMENT ON COLUMN rectifications.cause IS '原因 | Cause';
