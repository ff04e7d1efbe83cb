-- A role is scoped to its user's own jurisdiction: no row can grant a user a role in another jurisdiction.
-- (Platform admins have no jurisdiction: a key with a null column is not checked.) NOT VALID: rows written
-- before are kept as they are; every new or changed row is checked.
CREATE UNIQUE INDEX users_jurisdiction_key ON users (jurisdiction_id, id);
ALTER TABLE role_assignments ADD CONSTRAINT role_assignments_user_jurisdiction
    FOREIGN KEY (jurisdiction_id, user_id) REFERENCES users (jurisdiction_id, id) ON DELETE CASCADE NOT VALID;
