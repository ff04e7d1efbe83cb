-- Unqualified names land in the schema being migrated (search_path).
create table notes (
    id bigint generated always as identity primary key,
    body text not null
);
