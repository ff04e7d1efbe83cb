-- Anonymous rounds keep no answer sheet at all. A sheet row written in the same transaction as the
-- respondent's evaluation_participation row shares its hidden xmin (and sits next to it in insertion
-- order), which links the respondent to the answers. Instead, anonymous answers only add to counters
-- per (round, subject, question, option); each answer touches every counter of the subject's
-- questions (adding 0 or 1) in a fixed order, so which rows changed, their xmin and their physical
-- order say nothing about what was chosen. Named rounds keep their sheets in evaluation_responses.
CREATE TABLE evaluation_tallies (
    jurisdiction_id integer NOT NULL,
    round_id        bigint  NOT NULL,
    subject_key     text    NOT NULL,
    question_key    text    NOT NULL,
    option_key      text    NOT NULL,
    count           integer NOT NULL DEFAULT 0 CHECK (count >= 0),
    PRIMARY KEY (jurisdiction_id, round_id, subject_key, question_key, option_key),
    FOREIGN KEY (jurisdiction_id, round_id) REFERENCES evaluation_rounds (jurisdiction_id, id)
);

-- Existing anonymous sheets become counts (every option of every question gets a row, 0 when never
-- chosen, as new answers would leave it), then the sheets are deleted.
INSERT INTO evaluation_tallies (jurisdiction_id, round_id, subject_key, question_key, option_key, count)
SELECT s.jurisdiction_id, s.round_id, s.subject_key, q.question ->> 'key', o.option ->> 'key',
       (SELECT count(*) FROM evaluation_responses r
         WHERE r.jurisdiction_id = s.jurisdiction_id AND r.round_id = s.round_id AND r.subject_key = s.subject_key
           AND r.respondent_person_id IS NULL AND r.answers ->> (q.question ->> 'key') = o.option ->> 'key')
FROM (SELECT DISTINCT jurisdiction_id, round_id, subject_key FROM evaluation_responses WHERE respondent_person_id IS NULL) s
JOIN evaluation_rounds round ON round.jurisdiction_id = s.jurisdiction_id AND round.id = s.round_id
CROSS JOIN LATERAL jsonb_array_elements(round.questions) AS q(question)
CROSS JOIN LATERAL jsonb_array_elements(q.question -> 'scale' -> 'options') AS o(option);

DELETE FROM evaluation_responses WHERE respondent_person_id IS NULL;

-- From now on a sheet always names its respondent: it exists only in named rounds.
ALTER TABLE evaluation_responses ALTER COLUMN respondent_person_id SET NOT NULL;
