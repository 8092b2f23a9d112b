-- Grupos de clientes: company-defined sets of clients for filters and bulk actions.
create sequence client_group_seq start with 50 increment by 50;
create table client_group (
    id         bigint      primary key,
    company_id bigint      not null references company (id),
    name       varchar(60) not null,
    version    bigint      not null,
    constraint client_group_name_uk unique (company_id, name)
);
create table client_group_member (
    client_id bigint not null references client (id),
    group_id  bigint not null references client_group (id),
    primary key (client_id, group_id)
);
create index client_group_member_group_ix on client_group_member (group_id);
