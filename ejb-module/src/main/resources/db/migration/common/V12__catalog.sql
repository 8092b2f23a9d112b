-- The company's catalog of services and products, offered to quotes, orders and invoices.
create sequence catalog_item_seq start with 50 increment by 50;
create table catalog_item (
    id         bigint        primary key,
    company_id bigint        not null references company (id),
    kind       varchar(10)   not null,
    name       varchar(120)  not null,
    code       varchar(30),
    unit_price numeric(12, 2) not null,
    active     boolean       not null,
    version    bigint        not null,
    constraint catalog_item_code_uk unique (company_id, code)
);
create index catalog_item_name_ix on catalog_item (company_id, active, name);
