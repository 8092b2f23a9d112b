-- The client's wallet (carteira): one per client per company, an append-only ledger of its entries, and the
-- first table of the Transactions feature (movimentações), which every wallet credit and debit writes to.

-- A wallet and its ledger go with the client when it is deleted for good; a merge first moves the balance.
create sequence wallet_seq start with 50 increment by 50;
create table wallet (
    id         bigint        primary key,
    company_id bigint        not null references company (id),
    client_id  bigint        not null references client (id) on delete cascade,
    balance    numeric(12,2) not null,
    version    bigint        not null,
    constraint wallet_client_uk unique (client_id),
    constraint wallet_balance_ck check (balance >= 0)
);

-- The idempotency key is unique per company: a replay finds the first entry, a concurrent replay hits this.
create sequence wallet_entry_seq start with 50 increment by 50;
create table wallet_entry (
    id              bigint        primary key,
    company_id      bigint        not null references company (id),
    wallet_id       bigint        not null references wallet (id) on delete cascade,
    entry_type      varchar(6)    not null,
    amount          numeric(12,2) not null,
    balance_after   numeric(12,2) not null,
    reason          varchar(200),
    method          varchar(12),
    actor           varchar(254)  not null,
    occurred_at     timestamp     not null,
    idempotency_key varchar(100)  not null,
    constraint wallet_entry_key_uk unique (company_id, idempotency_key),
    constraint wallet_entry_amount_ck check (amount > 0),
    constraint wallet_entry_balance_ck check (balance_after >= 0)
);
create index wallet_entry_wallet_ix on wallet_entry (wallet_id, occurred_at);

-- Signed amount: money in is positive, money out negative. The client's rows go with it when deleted for good;
-- a merge moves them to the winner first.
create sequence money_transaction_seq start with 50 increment by 50;
create table money_transaction (
    id          bigint        primary key,
    company_id  bigint        not null references company (id),
    client_id   bigint        not null references client (id) on delete cascade,
    occurred_at timestamp     not null,
    category    varchar(60)   not null,
    amount      numeric(12,2) not null,
    method      varchar(12),
    account     varchar(60),
    constraint money_transaction_amount_ck check (amount <> 0)
);
create index money_transaction_client_ix on money_transaction (client_id, occurred_at);
