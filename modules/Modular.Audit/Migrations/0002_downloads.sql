-- Downloads of lists with personal data (roster, account slips, ledgers naming people) are logged beside
-- the changes: entity 'download', the list's title as the key, and in "after" the format, the rows, how
-- many name a person and the request's path and query.
ALTER TABLE entries DROP CONSTRAINT entries_action;
ALTER TABLE entries ADD CONSTRAINT entries_action CHECK (action IN ('insert', 'update', 'delete', 'download'));
