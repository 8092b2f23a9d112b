-- Client registry, first part: the client record's own fields, its addresses, soft delete (trash), the
-- normalised search text kept by the application, and the audit trail of every change.

alter table client add column trade_name varchar(150);
alter table client add column origin varchar(80);
alter table client add column observations varchar(2000);
alter table client add column search_text varchar(1000);
alter table client add column deleted_at timestamp;
-- A rough search text for rows written before the application kept it (demo data); saving refreshes it.
update client set search_text = lower(name) || ' ' || coalesce(document, '') || ' ' || coalesce(phone, '') || ' '
    || coalesce(lower(email), '');
create index client_company_deleted_ix on client (company_id, deleted_at);

create sequence address_seq start with 50 increment by 50;
create table address (
    id            bigint       primary key,
    company_id    bigint       not null references company (id),
    client_id     bigint       not null references client (id),
    type          varchar(10)  not null,
    postal_code   varchar(8),
    street        varchar(150),
    street_number varchar(20),
    complement    varchar(80),
    district      varchar(80),
    city          varchar(80),
    state         varchar(2),
    active        boolean      not null,
    version       bigint       not null
);
create index address_client_ix on address (client_id);
-- Existing clients' CEP, city and UF become their MAIN address; negative ids never meet the sequence's.
insert into address (id, company_id, client_id, type, postal_code, city, state, active, version)
    select -id, company_id, id, 'MAIN', postal_code, city, state, true, 0 from client where postal_code is not null;
alter table client drop column postal_code;
alter table client drop column city;
alter table client drop column state;

create sequence audit_entry_seq start with 50 increment by 50;
create table audit_entry (
    id          bigint        primary key,
    company_id  bigint        not null references company (id),
    entity_type varchar(40)   not null,
    entity_id   bigint        not null,
    action      varchar(10)   not null,
    field       varchar(60),
    old_value   varchar(2000),
    new_value   varchar(2000),
    actor       varchar(254)  not null,
    at          timestamp     not null
);
create index audit_entry_entity_ix on audit_entry (company_id, entity_type, entity_id);
