-- The published roster view gains each member's name (added at the end: its columns are a contract, add, never rename or
-- drop). A plugin's list of every member with its own figures (the six-ones year-end sheet: 50,000 lines, fifty a page)
-- can then filter, sort and page in one query instead of reading the whole roster into memory to sort it by name.
CREATE OR REPLACE VIEW members WITH (security_invoker = true) AS
SELECT jurisdiction_id, id AS person_id, organization_id, is_leading_cadre, is_outgoing, employment, name
  FROM people;
COMMENT ON VIEW members IS 'Published to plugins (SDK RosterMember): a member''s organization now, leading cadre, outgoing, employment, name.';
