-- Who a round evaluates, so evaluators without an account can answer on the public sheet (the names they rate).
ALTER TABLE evaluation_rounds ADD COLUMN subjects jsonb NOT NULL DEFAULT '[]';
COMMENT ON COLUMN evaluation_rounds.subjects IS '评议对象 | Subjects evaluated';
