-- 择优上报盟、自治区参评 (item 5): the report goes up in full (a final document beside the nomination), and the receiving
-- office (the league, then the region) may forward it one level further. Existing entries keep a null document.
ALTER TABLE report_entries ADD COLUMN document_id bigint;

CREATE TABLE report_forwards (
    jurisdiction_id         integer     NOT NULL,
    from_jurisdiction_id    integer     NOT NULL,
    nomination_id           bigint      NOT NULL,
    forwarded_nomination_id bigint      NOT NULL,
    forwarded_document_id   bigint      NOT NULL,
    forwarded_at            timestamptz NOT NULL,
    forwarded_by            text,
    PRIMARY KEY (jurisdiction_id, from_jurisdiction_id, nomination_id)
);
COMMENT ON TABLE report_forwards IS '调研报告转报 | Research report forwarded up';
