-- What each client has paid and when they first paid: the list's "Total gasto" column, the sales card and the
-- CUSTOMER stage read these instead of adding up payments per client.
alter table client add column total_spent numeric(14, 2) default 0 not null;
alter table client add column first_purchase_at timestamp;
create index client_total_spent_ix on client (company_id, total_spent);
