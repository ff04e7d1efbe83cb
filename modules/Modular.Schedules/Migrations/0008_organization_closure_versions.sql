-- The organization tree version (roster.organization_tree_versions) each jurisdiction's closure was last written for. A
-- rollup copied the whole tree into the closure on every request (a transaction, its delete and insert, a commit) for a
-- tree that changes a few times a year; now it reads the two versions and writes only when the tree has moved on.
CREATE TABLE organization_closure_versions (
    jurisdiction_id integer PRIMARY KEY,
    tree_version    bigint  NOT NULL
);
COMMENT ON TABLE organization_closure_versions IS '组织闭包对应的组织树版本 | Tree version of the organization closure';
