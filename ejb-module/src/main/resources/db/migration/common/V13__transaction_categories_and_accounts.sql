-- Transactions (movimentações) get configurable categories and financial accounts per company, who recorded
-- them, a description and what they came from. Every company starts with the system ones (new companies get
-- them from FinancialDefaults); the movements written so far (wallet only) are moved onto them.
create sequence transaction_category_seq start with 50 increment by 50;
create table transaction_category (
    id         bigint      primary key,
    company_id bigint      not null references company (id),
    name       varchar(60) not null,
    code       varchar(30),
    active     boolean     not null,
    version    bigint      not null,
    constraint transaction_category_name_uk unique (company_id, name),
    constraint transaction_category_code_uk unique (company_id, code)
);

create sequence financial_account_seq start with 50 increment by 50;
create table financial_account (
    id         bigint      primary key,
    company_id bigint      not null references company (id),
    name       varchar(60) not null,
    code       varchar(30),
    active     boolean     not null,
    version    bigint      not null,
    constraint financial_account_name_uk unique (company_id, name),
    constraint financial_account_code_uk unique (company_id, code)
);

-- Each nextval takes a whole block of 50, so these ids never meet the ones EclipseLink hands out later.
insert into transaction_category (id, company_id, name, code, active, version)
    select nextval('transaction_category_seq'), c.id, 'Pagamento de fatura', 'PAYMENT', true, 0 from company c;
insert into transaction_category (id, company_id, name, code, active, version)
    select nextval('transaction_category_seq'), c.id, 'Estorno', 'REFUND', true, 0 from company c;
insert into transaction_category (id, company_id, name, code, active, version)
    select nextval('transaction_category_seq'), c.id, 'Recarga de carteira', 'WALLET_TOP_UP', true, 0 from company c;
insert into transaction_category (id, company_id, name, code, active, version)
    select nextval('transaction_category_seq'), c.id, 'Débito de carteira', 'WALLET_DEBIT', true, 0 from company c;
insert into transaction_category (id, company_id, name, code, active, version)
    select nextval('transaction_category_seq'), c.id, 'Ajuste manual', 'ADJUSTMENT', true, 0 from company c;
insert into transaction_category (id, company_id, name, code, active, version)
    select nextval('transaction_category_seq'), c.id, 'Resgate de pontos', 'REWARD_REDEMPTION', true, 0 from company c;
insert into financial_account (id, company_id, name, code, active, version)
    select nextval('financial_account_seq'), c.id, 'Caixa', 'CASH', true, 0 from company c;
insert into financial_account (id, company_id, name, code, active, version)
    select nextval('financial_account_seq'), c.id, 'Banco', 'BANK', true, 0 from company c;
insert into financial_account (id, company_id, name, code, active, version)
    select nextval('financial_account_seq'), c.id, 'Carteira de clientes', 'WALLET', true, 0 from company c;

alter table money_transaction add column category_id bigint references transaction_category (id);
alter table money_transaction add column account_id bigint references financial_account (id);
alter table money_transaction add column description varchar(200);
alter table money_transaction add column actor varchar(254);
alter table money_transaction add column reference_type varchar(30);
alter table money_transaction add column reference_id bigint;

update money_transaction set category_id = (select k.id from transaction_category k
    where k.company_id = money_transaction.company_id
      and k.code = case when money_transaction.amount > 0 then 'WALLET_TOP_UP' else 'WALLET_DEBIT' end);
update money_transaction set account_id = (select a.id from financial_account a
    where a.company_id = money_transaction.company_id
      and a.code = case when money_transaction.method = 'CASH' then 'CASH'
                        when money_transaction.method = 'WALLET' then 'WALLET' else 'BANK' end);
update money_transaction set actor = 'sistema';

alter table money_transaction drop column category;
alter table money_transaction drop column account;
alter table money_transaction alter column category_id set not null;
alter table money_transaction alter column actor set not null;

-- The Transactions page filters by period within a company, then by category, account, method or client.
create index money_transaction_period_ix on money_transaction (company_id, occurred_at);
