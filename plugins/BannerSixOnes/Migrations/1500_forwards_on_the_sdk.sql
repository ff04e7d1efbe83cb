-- 转报 is now on the SDK: the receiving office's decision names its own nomination that forwarded the report
-- (blocks.parent_decisions.forwarded_as_nomination_id), whose report time, actor and appraisal above are the forward's.
-- Forwards recorded here before (development data only) are not carried over.
DROP TABLE report_forwards;
