-- Faturas (invoices) with their lines and payments. The number comes from document_counter (kind INVOICE),
-- so it is unique per company with no gaps. OVERDUE is never stored: it is derived from the due date.
-- An invoice goes with its client only when the client is deleted for good; its payments go with it.
create sequence invoice_seq start with 50 increment by 50;
create table invoice (
    id             bigint         primary key,
    company_id     bigint         not null references company (id),
    number         bigint         not null,
    client_id      bigint         not null references client (id) on delete cascade,
    issue_date     date           not null,
    due_date       date           not null,
    gross          numeric(14, 2) not null,
    discount       numeric(14, 2) not null,
    total          numeric(14, 2) not null,
    amount_paid    numeric(14, 2) not null,
    status         varchar(16)    not null,
    cancelled_at   timestamp,
    cancelled_by   varchar(254),
    cancel_reason  varchar(500),
    source_type    varchar(10),
    source_id      bigint,
    source_number  bigint,
    notes          varchar(1000),
    created_at     timestamp      not null,
    created_by     varchar(254)   not null,
    version        bigint         not null,
    constraint invoice_number_uk unique (company_id, number),
    constraint invoice_due_ck check (due_date >= issue_date),
    constraint invoice_paid_ck check (amount_paid >= 0 and amount_paid <= total)
);
create index invoice_client_ix on invoice (client_id, issue_date);
-- The list filters by period and the overdue check by open invoices past due, both within a company.
create index invoice_period_ix on invoice (company_id, issue_date);
create index invoice_due_ix on invoice (company_id, status, due_date);

-- The lines as they were issued (a snapshot of SaleLine), in their order.
create table invoice_line (
    invoice_id      bigint         not null references invoice (id) on delete cascade,
    position        integer        not null,
    catalog_item_id bigint,
    description     varchar(200)   not null,
    quantity        numeric(12, 3) not null,
    unit_price      numeric(12, 2) not null,
    discount        numeric(12, 2) not null,
    total           numeric(14, 2) not null,
    primary key (invoice_id, position)
);

-- Money received against an invoice. The idempotency key is unique per company: a replayed request finds the
-- first payment, and the same key sent at the same instant for another invoice hits this constraint.
create sequence invoice_payment_seq start with 50 increment by 50;
create table invoice_payment (
    id              bigint         primary key,
    company_id      bigint         not null references company (id),
    invoice_id      bigint         not null references invoice (id) on delete cascade,
    amount          numeric(14, 2) not null,
    method          varchar(12)    not null,
    paid_on         date           not null,
    account_id      bigint         references financial_account (id),
    actor           varchar(254)   not null,
    occurred_at     timestamp      not null,
    idempotency_key varchar(100)   not null,
    constraint invoice_payment_key_uk unique (company_id, idempotency_key),
    constraint invoice_payment_amount_ck check (amount > 0)
);
create index invoice_payment_invoice_ix on invoice_payment (invoice_id, occurred_at);

-- Alerts raised by the system (an overdue invoice) say what raised them, so a run finds its own active alert
-- instead of adding another, and paying or cancelling clears it. Null for alerts written by staff.
alter table client_alert add column source_type varchar(30);
alter table client_alert add column source_id bigint;
create index client_alert_source_ix on client_alert (company_id, source_type, active);
