-- One-time keys of create forms (FormSubmissions): the first post of a form claims its key in the
-- transaction of what it creates and records where that is; a repeat of the post finds the key
-- taken and is sent there instead of creating the same thing again.
CREATE TABLE form_submissions (
    jurisdiction_id integer     NOT NULL,
    key             uuid        NOT NULL,
    user_id         integer     NOT NULL,
    result_url      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (jurisdiction_id, key)
);
