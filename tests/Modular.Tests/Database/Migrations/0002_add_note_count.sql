-- A dollar-quoted body with semicolons inside: the whole file must reach PostgreSQL intact.
-- Function bodies resolve names when called, with the caller's search_path: "set search_path
-- from current" pins the migration's one (this schema, then public).
create function note_count() returns bigint language plpgsql
set search_path from current
as $$
begin
    return (select count(*) from notes);
end;
$$;
