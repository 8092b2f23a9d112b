-- Rewards (recompensas): each company's rules (one row) and a points ledger per client.
-- Every company starts with every rule off and 100 points for R$ 1,00 of wallet credit; new companies get the
-- same row from RewardDefaults on CompanySetUp.
create sequence reward_rules_seq start with 50 increment by 50;
create table reward_rules (
    id                  bigint  primary key,
    company_id          bigint  not null references company (id),
    earn_enabled        boolean not null,
    points_per_real     integer not null,
    welcome_enabled     boolean not null,
    welcome_points      integer not null,
    birthday_enabled    boolean not null,
    birthday_points     integer not null,
    redemption_rate     integer not null,
    grant_validity_days integer,
    version             bigint  not null,
    constraint reward_rules_company_uk unique (company_id),
    constraint reward_rules_points_ck check (points_per_real >= 0 and welcome_points >= 0 and birthday_points >= 0),
    constraint reward_rules_rate_ck check (redemption_rate > 0)
);
insert into reward_rules (id, company_id, earn_enabled, points_per_real, welcome_enabled, welcome_points,
        birthday_enabled, birthday_points, redemption_rate, grant_validity_days, version)
    select nextval('reward_rules_seq'), c.id, false, 1, false, 100, false, 100, 100, null, 0 from company c;

-- Grants (+) keep in "remaining" what is still unused: redemptions take from the oldest grants first and the
-- daily run expires what is left after expires_at. Redemptions and expiries (-) have remaining 0.
-- reference_key makes automatic grants and redemptions idempotent (PAYMENT:..., WELCOME:..., BIRTHDAY:...).
create sequence reward_entry_seq start with 50 increment by 50;
create table reward_entry (
    id            bigint       primary key,
    company_id    bigint       not null references company (id),
    client_id     bigint       not null references client (id) on delete cascade,
    points        integer      not null,
    remaining     integer      not null,
    kind          varchar(20)  not null,
    reason        varchar(200),
    expires_at    date,
    actor         varchar(254) not null,
    occurred_at   timestamp    not null,
    reference_key varchar(120),
    constraint reward_entry_reference_uk unique (company_id, reference_key),
    constraint reward_entry_points_ck check (points <> 0),
    constraint reward_entry_remaining_ck check (remaining >= 0 and remaining <= abs(points))
);
create index reward_entry_client_ix on reward_entry (client_id, occurred_at);
create index reward_entry_expiry_ix on reward_entry (company_id, expires_at);
