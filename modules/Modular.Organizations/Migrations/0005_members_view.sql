-- The roster as other modules' SQL may join it: each member's organization now, the two flags and the employment status
-- (在职状态) rules ask about.
-- Plugins read it through PluginDbContext.RosterMembers (the SDK's RosterMember), so they can count their own rows per
-- organization in one query instead of reading the whole roster. Its columns are a contract: add, never rename or drop.
-- security_invoker: the reader's row-level security on people applies, not the view owner's.
CREATE VIEW members WITH (security_invoker = true) AS
SELECT jurisdiction_id, id AS person_id, organization_id, is_leading_cadre, is_outgoing, employment
  FROM people;
COMMENT ON VIEW members IS 'Published to plugins (SDK RosterMember): a member''s organization now, leading cadre, outgoing, employment.';
