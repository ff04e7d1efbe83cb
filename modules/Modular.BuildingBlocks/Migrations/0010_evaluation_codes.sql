-- One-time codes for evaluators without accounts (anonymous rounds): only their hashes, and which subjects each
-- code has answered (once per subject). What a code chose goes to the counters like any anonymous answer.
CREATE TABLE evaluation_codes (
    jurisdiction_id integer NOT NULL,
    round_id        bigint  NOT NULL,
    code_hash       text    NOT NULL,
    PRIMARY KEY (jurisdiction_id, round_id, code_hash),
    FOREIGN KEY (jurisdiction_id, round_id) REFERENCES evaluation_rounds (jurisdiction_id, id)
);

CREATE TABLE evaluation_code_uses (
    jurisdiction_id integer NOT NULL,
    round_id        bigint  NOT NULL,
    code_hash       text    NOT NULL,
    subject_key     text    NOT NULL,
    PRIMARY KEY (jurisdiction_id, round_id, code_hash, subject_key),
    FOREIGN KEY (jurisdiction_id, round_id, code_hash) REFERENCES evaluation_codes (jurisdiction_id, round_id, code_hash)
);
