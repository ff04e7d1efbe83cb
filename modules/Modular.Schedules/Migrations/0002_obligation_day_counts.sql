-- Rollup counters: per organization, obligation type and due day, how many obligations there are
-- and how many were met on time and late. Unmet = total - done - late, which is missed before
-- today and pending from today on, so the counters never go stale as days pass. Statement-level
-- triggers with transition tables keep them exact, set-based, for every insert, update and delete.
CREATE TABLE obligation_day_counts (
    jurisdiction_id integer NOT NULL,
    organization_id bigint  NOT NULL,
    type_key        text    NOT NULL,
    due_on          date    NOT NULL,
    total           integer NOT NULL,
    done            integer NOT NULL,
    late            integer NOT NULL,
    PRIMARY KEY (jurisdiction_id, organization_id, type_key, due_on)
);

CREATE FUNCTION obligation_day_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO schedules.obligation_day_counts AS c (jurisdiction_id, organization_id, type_key, due_on, total, done, late)
        SELECT jurisdiction_id, organization_id, type_key, due_on, count(*),
               count(*) FILTER (WHERE met_on <= due_on), count(*) FILTER (WHERE met_on > due_on)
          FROM new_rows WHERE due_on IS NOT NULL GROUP BY 1, 2, 3, 4
        ON CONFLICT (jurisdiction_id, organization_id, type_key, due_on) DO UPDATE
           SET total = c.total + excluded.total, done = c.done + excluded.done, late = c.late + excluded.late;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE schedules.obligation_day_counts c
           SET total = c.total - d.total, done = c.done - d.done, late = c.late - d.late
          FROM (SELECT jurisdiction_id, organization_id, type_key, due_on, count(*) AS total,
                       count(*) FILTER (WHERE met_on <= due_on) AS done, count(*) FILTER (WHERE met_on > due_on) AS late
                  FROM old_rows WHERE due_on IS NOT NULL GROUP BY 1, 2, 3, 4) d
         WHERE (c.jurisdiction_id, c.organization_id, c.type_key, c.due_on) = (d.jurisdiction_id, d.organization_id, d.type_key, d.due_on);
    ELSE
        INSERT INTO schedules.obligation_day_counts AS c (jurisdiction_id, organization_id, type_key, due_on, total, done, late)
        SELECT jurisdiction_id, organization_id, type_key, due_on, sum(s),
               coalesce(sum(s) FILTER (WHERE met_on <= due_on), 0), coalesce(sum(s) FILTER (WHERE met_on > due_on), 0)
          FROM (SELECT jurisdiction_id, organization_id, type_key, due_on, met_on, 1 AS s FROM new_rows WHERE due_on IS NOT NULL
                UNION ALL
                SELECT jurisdiction_id, organization_id, type_key, due_on, met_on, -1 FROM old_rows WHERE due_on IS NOT NULL) x
         GROUP BY 1, 2, 3, 4
        ON CONFLICT (jurisdiction_id, organization_id, type_key, due_on) DO UPDATE
           SET total = c.total + excluded.total, done = c.done + excluded.done, late = c.late + excluded.late;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER obligation_day_counts_insert AFTER INSERT ON obligations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION obligation_day_counts_apply();
CREATE TRIGGER obligation_day_counts_update AFTER UPDATE ON obligations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION obligation_day_counts_apply();
CREATE TRIGGER obligation_day_counts_delete AFTER DELETE ON obligations
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION obligation_day_counts_apply();
