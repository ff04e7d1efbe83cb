-- 七一表彰：每一步推荐（推荐、同意上报、不予推荐、审定）发生的日期。可补记（早于记录时间），
-- “七一前”的截止比较的是这一日期，而不是记录的时间。
CREATE TABLE nomination_days (
    jurisdiction_id integer NOT NULL,
    nomination_id   bigint  NOT NULL,
    sequence        integer NOT NULL,
    day             date    NOT NULL,
    PRIMARY KEY (jurisdiction_id, nomination_id, sequence)
);
