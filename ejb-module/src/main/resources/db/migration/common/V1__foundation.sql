-- Foundation: companies (the tenants), their staff and API tokens, and the client record's first columns.
-- Written for PostgreSQL; the embedded H2 runs it in PostgreSQL mode.

-- EclipseLink takes each value as the last id of a block of 50, so sequences start at 50.
create sequence company_seq start with 50 increment by 50;
create sequence staff_user_seq start with 50 increment by 50;
create sequence api_token_seq start with 50 increment by 50;
create sequence client_seq start with 50 increment by 50;

create table company (
    id                bigint       primary key,
    slug              varchar(40)  not null,
    legal_name        varchar(150) not null,
    trade_name        varchar(150),
    cnpj              varchar(14),
    email             varchar(254),
    phone             varchar(20),
    postal_code       varchar(8),
    street            varchar(150),
    street_number     varchar(20),
    complement        varchar(80),
    district          varchar(80),
    city              varchar(80),
    state             varchar(2),
    pix_key           varchar(77),
    logo              bytea,
    logo_content_type varchar(20),
    created_at        timestamp    not null,
    version           bigint       not null,
    constraint company_slug_uk unique (slug)
);

create table staff_user (
    id             bigint       primary key,
    company_id     bigint       not null references company (id),
    email          varchar(254) not null,
    name           varchar(120) not null,
    role           varchar(10)  not null,
    password_hash  varchar(300) not null,
    active         boolean      not null,
    failed_logins  integer      not null,
    locked_until   timestamp,
    created_at     timestamp    not null,
    version        bigint       not null,
    -- e-mails are stored lower-case: one login name across all companies
    constraint staff_user_email_uk unique (email)
);
create index staff_user_company_ix on staff_user (company_id);

create table api_token (
    id            bigint      primary key,
    company_id    bigint      not null references company (id),
    staff_user_id bigint      not null references staff_user (id),
    name          varchar(80) not null,
    token_hash    varchar(64) not null,
    created_at    timestamp   not null,
    last_used_at  timestamp,
    revoked       boolean     not null,
    version       bigint      not null,
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_company_ix on api_token (company_id);

create table client (
    id          bigint       primary key,
    company_id  bigint       not null references company (id),
    kind        varchar(12)  not null,
    name        varchar(150) not null,
    document    varchar(14),
    email       varchar(254),
    phone       varchar(20),
    birth_date  date,
    postal_code varchar(8),
    city        varchar(80),
    state       varchar(2),
    status      varchar(10)  not null,
    created_at  timestamp    not null,
    updated_at  timestamp    not null,
    version     bigint       not null,
    constraint client_document_uk unique (company_id, document)
);
create index client_company_ix on client (company_id);
