-- The account ↔ roster person link moved to the identity module (identity.person_accounts, Identity 0003): it
-- describes an account, provisioning writes accounts and their links in one transaction, and identity now keeps
-- one account per person. Identity migrates before Schedules, so its table is there: the old rows are copied and
-- this table goes. Where several accounts were linked to one person, the oldest account (lowest id) keeps the link;
-- links of accounts deleted since (this table had no foreign key) are dropped.
INSERT INTO identity.person_accounts (jurisdiction_id, user_id, person_id)
SELECT DISTINCT ON (a.jurisdiction_id, a.person_id) a.jurisdiction_id, a.user_id, a.person_id
  FROM schedules.person_accounts a
  JOIN identity.users u ON u.id = a.user_id AND u.jurisdiction_id = a.jurisdiction_id
 ORDER BY a.jurisdiction_id, a.person_id, a.user_id
    ON CONFLICT DO NOTHING;

DROP TABLE schedules.person_accounts;
