-- Money records are never deleted with their client (issue 11). Invoices (and, through them, their payments),
-- transactions, the wallet ledger, reward points, quotes and orders now refuse the client's deletion instead
-- of going with it: a client who has any of them is anonymised (ClientErasure) and its records keep their
-- numbers, so the invoice numbering has no holes. A wallet with no entries still goes with its client.
alter table invoice drop constraint invoice_client_id_fkey;
alter table invoice add constraint invoice_client_id_fkey foreign key (client_id) references client (id)
    on delete restrict;
alter table invoice_payment drop constraint invoice_payment_invoice_id_fkey;
alter table invoice_payment add constraint invoice_payment_invoice_id_fkey foreign key (invoice_id)
    references invoice (id) on delete restrict;
alter table money_transaction drop constraint money_transaction_client_id_fkey;
alter table money_transaction add constraint money_transaction_client_id_fkey foreign key (client_id)
    references client (id) on delete restrict;
alter table wallet_entry drop constraint wallet_entry_wallet_id_fkey;
alter table wallet_entry add constraint wallet_entry_wallet_id_fkey foreign key (wallet_id) references wallet (id)
    on delete restrict;
alter table reward_entry drop constraint reward_entry_client_id_fkey;
alter table reward_entry add constraint reward_entry_client_id_fkey foreign key (client_id) references client (id)
    on delete restrict;
alter table quote drop constraint quote_client_id_fkey;
alter table quote add constraint quote_client_id_fkey foreign key (client_id) references client (id)
    on delete restrict;
alter table sales_order drop constraint sales_order_client_id_fkey;
alter table sales_order add constraint sales_order_client_id_fkey foreign key (client_id) references client (id)
    on delete restrict;

-- When a client was anonymised: it stays in the database for its money records, out of every list, search and
-- the trash, named "Cliente anonimizado #id" with its personal data cleared.
alter table client add column anonymised_at timestamp;

-- What a client paid is what came into the company's accounts from them (the transactions outside the clients'
-- wallets account): a top-up counts when it is made, a payment from the wallet or a redemption of points does not
-- count again. Recomputed here for the rows written before.
update client set total_spent = coalesce((select sum(t.amount) from money_transaction t
        left join financial_account a on a.id = t.account_id
        where t.client_id = client.id and (a.code is null or a.code <> 'WALLET')), 0);
