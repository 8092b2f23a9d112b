-- Quotes (orçamentos): a numbered, priced proposal to a client with its lines, validity and state, and the
-- history of every state change. A quote goes with its client when the client is deleted for good; its lines
-- and history go with it.
create sequence quote_seq start with 50 increment by 50;
create table quote (
    id               bigint        primary key,
    company_id       bigint        not null references company (id),
    quote_number     bigint        not null,
    client_id        bigint        not null references client (id) on delete cascade,
    valid_until      date          not null,
    notes            varchar(2000),
    status           varchar(10)   not null,
    converted_to     varchar(10),
    converted_id     bigint,
    converted_number varchar(30),
    gross            numeric(14,2) not null,
    discount         numeric(14,2) not null,
    total            numeric(14,2) not null,
    created_at       timestamp     not null,
    created_by       varchar(254)  not null,
    updated_at       timestamp     not null,
    version          bigint        not null,
    constraint quote_number_uk unique (company_id, quote_number),
    constraint quote_total_ck check (total >= 0)
);
create index quote_client_ix on quote (client_id, created_at);
create index quote_status_ix on quote (company_id, status, valid_until);

create table quote_line (
    quote_id        bigint        not null references quote (id) on delete cascade,
    position        integer       not null,
    catalog_item_id bigint        references catalog_item (id),
    description     varchar(200)  not null,
    quantity        numeric(12,3) not null,
    unit_price      numeric(12,2) not null,
    discount        numeric(12,2) not null,
    total           numeric(14,2) not null,
    constraint quote_line_pk primary key (quote_id, position)
);

-- Who moved the quote from which state to which, when, and why (a refusal's reason); from_status is null for
-- the creation.
create sequence quote_status_change_seq start with 50 increment by 50;
create table quote_status_change (
    id          bigint       primary key,
    company_id  bigint       not null references company (id),
    quote_id    bigint       not null references quote (id) on delete cascade,
    from_status varchar(10),
    to_status   varchar(10)  not null,
    actor       varchar(254) not null,
    occurred_at timestamp    not null,
    reason      varchar(500)
);
create index quote_status_change_quote_ix on quote_status_change (quote_id, occurred_at);
