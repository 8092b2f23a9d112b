-- Filters and sorts of the client list by date of registration and of the last change.
create index client_company_created_ix on client (company_id, created_at);
create index client_company_updated_ix on client (company_id, updated_at);
