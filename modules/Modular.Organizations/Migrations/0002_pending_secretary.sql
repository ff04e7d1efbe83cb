-- An organization file's 书记 who is not on the roster yet (or whose name several members share): the name is kept
-- here until a member of that name can be named the secretary ("match pending secretaries"); null otherwise.
ALTER TABLE organizations ADD COLUMN pending_secretary_name text;
