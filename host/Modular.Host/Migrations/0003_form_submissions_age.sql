-- Every page form now has a one-time key (OneTimeForms); keys older than a day are dropped as new
-- ones are claimed, by this index.
CREATE INDEX form_submissions_age ON form_submissions (jurisdiction_id, created_at);
