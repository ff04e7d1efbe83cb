-- Tags on notes, keyed with the jurisdiction to their note: a reference the database checks, with no check in
-- the code before it (the tests show such a bad reference is a 400 naming the field, not a 500).
CREATE TABLE note_tags (
    jurisdiction_id integer NOT NULL,
    note_id         bigint  NOT NULL,
    tag             text    NOT NULL,
    PRIMARY KEY (jurisdiction_id, note_id, tag),
    FOREIGN KEY (jurisdiction_id, note_id) REFERENCES notes (jurisdiction_id, id)
);
