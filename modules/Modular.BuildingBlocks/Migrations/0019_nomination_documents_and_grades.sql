-- A nomination reported up with the final document that carries it in full (a research report), so the parent finds the
-- document by id rather than by title; and the parent's decision with a grade (评比 一等 … 未获奖) and, when it reported the
-- nomination further up as its own (转报), that nomination's id.
ALTER TABLE nominations ADD COLUMN document_id bigint;
COMMENT ON COLUMN nominations.document_id IS '随附全文文档 | Document reported with it';

ALTER TABLE parent_decisions ADD COLUMN grade text;
ALTER TABLE parent_decisions ADD COLUMN forwarded_as_nomination_id bigint;
COMMENT ON COLUMN parent_decisions.grade IS '评定等次 | Grade';
COMMENT ON COLUMN parent_decisions.forwarded_as_nomination_id IS '转报所用本级推荐 | Forwarded as nomination';
