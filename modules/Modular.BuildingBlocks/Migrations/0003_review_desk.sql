-- Texts judged in bulk by their plugin (daily notes, inspected per member and quarter) stay off the
-- review desk; the desk's query reads only the few texts that wait for a one-by-one review.
ALTER TABLE counted_texts ADD COLUMN reviewed_one_by_one boolean NOT NULL DEFAULT true;
DROP INDEX counted_texts_state;
CREATE INDEX counted_texts_awaiting_review ON counted_texts (jurisdiction_id, submitted_at)
    WHERE reviewed_one_by_one AND state IN ('Submitted', 'Resubmitted');
