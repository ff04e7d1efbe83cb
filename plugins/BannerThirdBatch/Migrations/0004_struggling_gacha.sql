-- 二(三) 加强对困难嘎查党组织的帮扶 (Struggling/): a sumu/town (or the banner office) marks its gacha and communities that are
-- struggling (困难) or weak and lax (软弱涣散); help to them is counted from the assistance table. Keys lead with jurisdiction_id.
CREATE TABLE struggling_gacha (
    jurisdiction_id integer     NOT NULL,
    unit_id         bigint      NOT NULL,
    struggling      boolean     NOT NULL DEFAULT true,
    kind            text        NOT NULL DEFAULT 'Difficult' CHECK (kind IN ('Difficult', 'Lax')),
    reason          text,
    marked_on       date        NOT NULL,
    marked_by       text,
    marked_at       timestamptz NOT NULL,
    version         integer     NOT NULL,
    PRIMARY KEY (jurisdiction_id, unit_id)
);
CREATE INDEX struggling_gacha_flagged ON struggling_gacha (jurisdiction_id, struggling);
COMMENT ON TABLE struggling_gacha IS '困难嘎查 | Struggling gacha | /banner-third-batch/Assistance';
