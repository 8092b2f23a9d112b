-- Orders (pedidos): order types and statuses configurable per company, the orders with their lines and the
-- history of their status changes. Like the wallet, a client's orders go with the client when it is deleted for
-- good (trash purge); a merge moves them to the winner first. Every company starts with the default types and statuses (new companies get
-- them from OrderDefaults).
create sequence order_type_seq start with 50 increment by 50;
create table order_type (
    id         bigint      primary key,
    company_id bigint      not null references company (id),
    name       varchar(60) not null,
    position   integer     not null,
    active     boolean     not null,
    version    bigint      not null,
    constraint order_type_name_uk unique (company_id, name)
);

create sequence order_status_seq start with 50 increment by 50;
create table order_status (
    id         bigint      primary key,
    company_id bigint      not null references company (id),
    name       varchar(60) not null,
    position   integer     not null,
    paid       boolean     not null,
    closed     boolean     not null,
    active     boolean     not null,
    version    bigint      not null,
    constraint order_status_name_uk unique (company_id, name)
);

create sequence sales_order_seq start with 50 increment by 50;
create table sales_order (
    id                  bigint         primary key,
    company_id          bigint         not null references company (id),
    number              bigint         not null,
    client_id           bigint         not null references client (id) on delete cascade,
    type_id             bigint         not null references order_type (id),
    status_id           bigint         not null references order_status (id),
    item_count          numeric(15, 3) not null,
    gross               numeric(14, 2) not null,
    discount            numeric(14, 2) not null,
    total               numeric(14, 2) not null,
    notes               varchar(2000),
    source_quote_id     bigint,
    source_quote_number bigint,
    created_at          timestamp      not null,
    created_by          varchar(254)   not null,
    updated_at          timestamp      not null,
    paid_at             timestamp,
    version             bigint         not null,
    constraint sales_order_number_uk unique (company_id, number)
);
create index sales_order_client_ix on sales_order (company_id, client_id);
create index sales_order_status_ix on sales_order (company_id, status_id);

-- The lines belong to their order (tenancy through it); position keeps the order they were typed in.
create table order_line (
    order_id        bigint         not null references sales_order (id) on delete cascade,
    position        integer        not null,
    catalog_item_id bigint,
    description     varchar(200)   not null,
    quantity        numeric(12, 3) not null,
    unit_price      numeric(12, 2) not null,
    discount        numeric(12, 2) not null,
    total           numeric(14, 2) not null,
    primary key (order_id, position)
);

create sequence order_status_change_seq start with 50 increment by 50;
create table order_status_change (
    id             bigint       primary key,
    company_id     bigint       not null references company (id),
    order_id       bigint       not null references sales_order (id) on delete cascade,
    from_status_id bigint       references order_status (id),
    to_status_id   bigint       not null references order_status (id),
    actor          varchar(254) not null,
    changed_at     timestamp    not null
);
create index order_status_change_order_ix on order_status_change (order_id);

-- Each nextval takes a whole block of 50, so these ids never meet the ones EclipseLink hands out later.
insert into order_type (id, company_id, name, position, active, version)
    select nextval('order_type_seq'), c.id, 'Pedido', 1, true, 0 from company c;
insert into order_type (id, company_id, name, position, active, version)
    select nextval('order_type_seq'), c.id, 'Orçamento', 2, true, 0 from company c;
insert into order_type (id, company_id, name, position, active, version)
    select nextval('order_type_seq'), c.id, 'Devolução', 3, true, 0 from company c;
insert into order_type (id, company_id, name, position, active, version)
    select nextval('order_type_seq'), c.id, 'Recibo de pagamento', 4, true, 0 from company c;
insert into order_status (id, company_id, name, position, paid, closed, active, version)
    select nextval('order_status_seq'), c.id, 'Aberto', 1, false, false, true, 0 from company c;
insert into order_status (id, company_id, name, position, paid, closed, active, version)
    select nextval('order_status_seq'), c.id, 'Em andamento', 2, false, false, true, 0 from company c;
insert into order_status (id, company_id, name, position, paid, closed, active, version)
    select nextval('order_status_seq'), c.id, 'Pago', 3, true, false, true, 0 from company c;
insert into order_status (id, company_id, name, position, paid, closed, active, version)
    select nextval('order_status_seq'), c.id, 'Entregue', 4, true, true, true, 0 from company c;
insert into order_status (id, company_id, name, position, paid, closed, active, version)
    select nextval('order_status_seq'), c.id, 'Cancelado', 5, false, true, true, 0 from company c;
