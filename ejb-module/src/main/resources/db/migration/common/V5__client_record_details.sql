-- The rest of the client record (issue 5): second phone, profile, preferred payment method and term, default
-- fee, center (unidade) and owner (responsável), contacts, emergency contacts, guardian (responsável legal)
-- for minors, and the selfManaged flag for data the client typed themselves.

-- Unidades / centros: a company's branches or locations.
create sequence center_seq start with 50 increment by 50;
create table center (
    id         bigint      primary key,
    company_id bigint      not null references company (id),
    name       varchar(80) not null,
    active     boolean     not null,
    version    bigint      not null,
    constraint center_name_uk unique (company_id, name)
);

alter table client add column other_phone varchar(20);
alter table client add column profile varchar(200);
alter table client add column preferred_payment_method varchar(10);
alter table client add column payment_term varchar(10);
alter table client add column default_fee numeric(12,2);
alter table client add column center_id bigint references center (id);
alter table client add column owner_id bigint references staff_user (id);
alter table client add column guardian_name varchar(150);
alter table client add column guardian_document varchar(11);
alter table client add column self_managed boolean default false not null;
create index client_center_ix on client (center_id);
create index client_owner_ix on client (owner_id);

create sequence client_contact_seq start with 50 increment by 50;
create table client_contact (
    id         bigint       primary key,
    company_id bigint       not null references company (id),
    client_id  bigint       not null references client (id),
    name       varchar(120) not null,
    role       varchar(60),
    phone      varchar(20),
    email      varchar(254),
    version    bigint       not null
);
create index client_contact_client_ix on client_contact (client_id);

create sequence emergency_contact_seq start with 50 increment by 50;
create table emergency_contact (
    id           bigint       primary key,
    company_id   bigint       not null references company (id),
    client_id    bigint       not null references client (id),
    name         varchar(120) not null,
    phone        varchar(20)  not null,
    relationship varchar(60),
    version      bigint       not null
);
create index emergency_contact_client_ix on emergency_contact (client_id);
