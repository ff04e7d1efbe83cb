-- A final document submitted to the parent jurisdiction (上报: the party group's analysis report to the county's leading
-- group). The parent reads the submitted document and the version that was submitted through the read-only policies
-- below (policies of one table are OR-ed with the wall); the other versions and every comment stay the child's.
ALTER TABLE documents ADD COLUMN submitted_to_jurisdiction_id integer;
ALTER TABLE documents ADD COLUMN submitted_at timestamptz;
ALTER TABLE documents ADD COLUMN submitted_by text;
COMMENT ON COLUMN documents.submitted_to_jurisdiction_id IS '报送至辖区 | Submitted to jurisdiction';
COMMENT ON COLUMN documents.submitted_at IS '报送时间 | Submitted at';
COMMENT ON COLUMN documents.submitted_by IS '报送人 | Submitted by';

CREATE INDEX documents_submitted_to ON documents (submitted_to_jurisdiction_id) WHERE submitted_to_jurisdiction_id IS NOT NULL;

CREATE POLICY submitted_to_us ON documents FOR SELECT
    USING (submitted_to_jurisdiction_id = (SELECT nullif(current_setting('modular.jurisdiction', true), '')::integer));

-- A submitted document is final, so its current version is the one submitted.
CREATE POLICY submitted_to_us ON document_versions FOR SELECT
    USING (EXISTS (SELECT 1 FROM documents d
                    WHERE d.jurisdiction_id = document_versions.jurisdiction_id AND d.id = document_versions.document_id
                      AND d.version = document_versions.version
                      AND d.submitted_to_jurisdiction_id = (SELECT nullif(current_setting('modular.jurisdiction', true), '')::integer)));
