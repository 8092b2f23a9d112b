-- Duplicates: the normalised name (no accents, lower case, single spaces) kept by the application so that
-- "same name and birth date" is an indexed equality, and indexes for the e-mail and phone comparisons of
-- the duplicate warnings and the find-duplicates page.
alter table client add column name_key varchar(150);
-- A rough key for rows written before the application kept it; saving refreshes it.
update client set name_key = lower(name);
create index client_name_key_ix on client (company_id, name_key, birth_date);
create index client_email_ix on client (company_id, email);
create index client_phone_ix on client (company_id, phone);
