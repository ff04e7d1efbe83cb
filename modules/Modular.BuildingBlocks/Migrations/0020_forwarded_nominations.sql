-- 转报 in one step (NominationService.ForwardReportedAsync): a jurisdiction decides a nomination its child reported and carries
-- it on to its own parent as a nomination of its own, which names where the nomination began (origin). Every decision on a
-- forwarded nomination names that origin too, so the jurisdiction where it began reads the whole chain of decisions above it
-- through one more read-only policy (policies of one table are OR-ed with the wall: nothing else widens).
ALTER TABLE nominations ADD COLUMN origin_jurisdiction_id integer;
ALTER TABLE nominations ADD COLUMN origin_nomination_id bigint;
COMMENT ON COLUMN nominations.origin_jurisdiction_id IS '转报来源辖区 | Originating jurisdiction';
COMMENT ON COLUMN nominations.origin_nomination_id IS '来源辖区推荐 | Originating nomination';

ALTER TABLE parent_decisions ADD COLUMN origin_jurisdiction_id integer;
ALTER TABLE parent_decisions ADD COLUMN origin_nomination_id bigint;
COMMENT ON COLUMN parent_decisions.origin_jurisdiction_id IS '转报来源辖区 | Originating jurisdiction';
COMMENT ON COLUMN parent_decisions.origin_nomination_id IS '来源辖区推荐 | Originating nomination';
CREATE INDEX parent_decisions_for_origin ON parent_decisions (origin_jurisdiction_id, origin_nomination_id) WHERE origin_jurisdiction_id IS NOT NULL;

CREATE POLICY decided_for_origin ON parent_decisions FOR SELECT
    USING (origin_jurisdiction_id = (SELECT nullif(current_setting('modular.jurisdiction', true), '')::integer));
