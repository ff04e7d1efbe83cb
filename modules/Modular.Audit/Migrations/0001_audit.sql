-- The audit log: one row per insert, update or delete of a jurisdiction's row, written by
-- AuditInterceptor in the transaction of the change. user_id and user_name are null when the
-- system made the change (a scheduled job, start-up seeding). before/after: column -> value.
CREATE TABLE entries (
    jurisdiction_id integer     NOT NULL,
    id              bigint      GENERATED ALWAYS AS IDENTITY,
    occurred_at     timestamptz NOT NULL,
    user_id         integer,
    user_name       text,
    entity          text        NOT NULL,
    entity_key      text        NOT NULL,
    action          text        NOT NULL CONSTRAINT entries_action CHECK (action IN ('insert', 'update', 'delete')),
    before          jsonb,
    after           jsonb,
    PRIMARY KEY (jurisdiction_id, id)
);
CREATE INDEX entries_recent ON entries (jurisdiction_id, occurred_at DESC);
CREATE INDEX entries_by_entity ON entries (jurisdiction_id, entity, occurred_at DESC);

-- Append-only, enforced by the database rather than by the app's good manners: changing or
-- removing an entry fails whatever code or tool tries it. (The table's owner can still drop the
-- triggers; the app should connect as a role that does not own it.)
CREATE FUNCTION refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    RAISE EXCEPTION 'audit entries cannot be changed or deleted (% on %.%)', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING HINT = 'The audit log is append-only.';
END;
$$;

CREATE TRIGGER entries_no_update_or_delete
    BEFORE UPDATE OR DELETE ON entries
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER entries_no_truncate
    BEFORE TRUNCATE ON entries
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
