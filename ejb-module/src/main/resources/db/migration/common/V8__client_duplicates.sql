-- Duplicates: the normalised name (no accents, lower case, single spaces) and the lower-case e-mail, kept by
-- the application so that "same name and birth date" and "same e-mail" are indexed equalities, and indexes for
-- the comparisons of the duplicate warnings and the find-duplicates page (each pair is found by index probes).
alter table client add column name_key varchar(150);
alter table client add column email_key varchar(254);
-- Rough keys for rows written before the application kept them; saving refreshes them.
update client set name_key = lower(name), email_key = lower(email);
create index client_name_key_ix on client (company_id, name_key, birth_date);
create index client_email_key_ix on client (company_id, email_key);
create index client_phone_ix on client (company_id, phone);
