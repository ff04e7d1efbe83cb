-- Every page reads its jurisdiction's organization tree (names, kinds, sectors, who is under whom): 1,000 organizations
-- read and built into a tree on each request of a county, for a tree that changes a few times a year. Here each
-- jurisdiction's tree has a version, moved forward in the same statement as any change to its organizations, so an
-- instance keeps the tree it built and reads one row to know it is still current (other instances' changes included).
-- The version comes from a sequence: never the same number twice, even after a rolled-back change or an emptied table.
CREATE SEQUENCE organization_tree_version;

CREATE TABLE organization_tree_versions (
    jurisdiction_id integer PRIMARY KEY,
    version         bigint  NOT NULL
);
COMMENT ON TABLE organization_tree_versions IS '组织树版本 | Organization tree version';

CREATE FUNCTION organization_tree_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO organization_tree_versions AS v (jurisdiction_id, version)
    SELECT j, nextval('organization_tree_version') FROM (SELECT DISTINCT jurisdiction_id FROM changed_rows) c(j) ORDER BY j
    ON CONFLICT (jurisdiction_id) DO UPDATE SET version = excluded.version;
    RETURN NULL;
END $$;

CREATE TRIGGER organizations_tree_insert AFTER INSERT ON organizations
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_tree_changed();
CREATE TRIGGER organizations_tree_update AFTER UPDATE ON organizations
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_tree_changed();
CREATE TRIGGER organizations_tree_delete AFTER DELETE ON organizations
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_tree_changed();

INSERT INTO organization_tree_versions (jurisdiction_id, version)
SELECT jurisdiction_id, nextval('organization_tree_version') FROM (SELECT DISTINCT jurisdiction_id FROM organizations) o;
