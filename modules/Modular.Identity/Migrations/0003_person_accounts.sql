-- Which roster person an account is. The link describes the account, so it is identity's (it was
-- schedules.person_accounts, whose rows Schedules 0005 copies here): provisioning writes an account, its
-- roles and its link in one transaction, and the link follows the account when it is deleted. One person
-- per account (the key) and one account per person (the unique index), within a jurisdiction.
CREATE TABLE person_accounts (
    jurisdiction_id integer NOT NULL,
    user_id         integer NOT NULL,
    person_id       bigint  NOT NULL,
    PRIMARY KEY (jurisdiction_id, user_id),
    FOREIGN KEY (jurisdiction_id, user_id) REFERENCES users (jurisdiction_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX person_accounts_person ON person_accounts (jurisdiction_id, person_id);
