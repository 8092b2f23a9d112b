-- Avaliações (rating 1-5 entered by staff) and alertas (flags on a client shown on the profile and the list).
-- Both go with the client when it is deleted for good; a merge moves them to the winner first.
create sequence review_seq start with 50 increment by 50;
create table review (
    id         bigint        primary key,
    company_id bigint        not null references company (id),
    client_id  bigint        not null references client (id) on delete cascade,
    rating     integer       not null check (rating between 1 and 5),
    comment    varchar(1000),
    order_id   bigint,
    author     varchar(254)  not null,
    created_at timestamp     not null
);
create index review_client_ix on review (client_id);
create index review_company_ix on review (company_id);

create sequence client_alert_seq start with 50 increment by 50;
create table client_alert (
    id          bigint       primary key,
    company_id  bigint       not null references company (id),
    client_id   bigint       not null references client (id) on delete cascade,
    type        varchar(16)  not null,
    priority    varchar(10)  not null,
    description varchar(500) not null,
    active      boolean      not null,
    author      varchar(254) not null,
    created_at  timestamp    not null,
    version     bigint       not null
);
create index client_alert_client_ix on client_alert (client_id, active);
