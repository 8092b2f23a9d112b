-- Company-defined custom fields of the client record, each client's values of them, and the client avatar.

create sequence custom_field_seq start with 50 increment by 50;
create table custom_field (
    id         bigint        primary key,
    company_id bigint        not null references company (id),
    field_key  varchar(40)   not null,
    label      varchar(60)   not null,
    type       varchar(10)   not null,
    options    varchar(2000),
    required   boolean       not null,
    active     boolean       not null,
    sort_order integer       not null,
    version    bigint        not null,
    constraint custom_field_key_uk unique (company_id, field_key)
);

-- A client deleted for good takes its values and avatar with it.
create sequence custom_field_value_seq start with 50 increment by 50;
create table custom_field_value (
    id          bigint       primary key,
    company_id  bigint       not null references company (id),
    client_id   bigint       not null references client (id) on delete cascade,
    field_id    bigint       not null references custom_field (id) on delete cascade,
    field_value varchar(500) not null,
    version     bigint       not null,
    constraint custom_field_value_uk unique (client_id, field_id)
);
create index custom_field_value_field_ix on custom_field_value (field_id);

create table client_avatar (
    client_id    bigint      primary key references client (id) on delete cascade,
    company_id   bigint      not null references company (id),
    image        bytea       not null,
    content_type varchar(20) not null,
    width        integer     not null,
    height       integer     not null,
    updated_at   timestamp   not null,
    version      bigint      not null
);
