-- The client list by name (H2 has no partial indexes; PostgreSQL's version leaves the trash out).
create index client_list_ix on client (company_id, name, id);
