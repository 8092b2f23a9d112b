-- A payment given back (estorno) stays in the history with when, by whom and why; its money leaves through a
-- REFUND transaction (or back into the client's wallet).
alter table invoice_payment add column refunded_at timestamp;
alter table invoice_payment add column refunded_by varchar(254);
alter table invoice_payment add column refund_reason varchar(200);
