-- Every step of a research report belongs to a report entry of the same jurisdiction. Deferred to the commit:
-- a report's first step is saved together with its entry. NOT VALID: rows written before are kept as they are.
ALTER TABLE report_steps ADD CONSTRAINT report_steps_entry
    FOREIGN KEY (jurisdiction_id, text_id) REFERENCES report_entries (jurisdiction_id, text_id)
    DEFERRABLE INITIALLY DEFERRED NOT VALID;
