-- One counter per company and kind of document (quote, order, invoice): the numbers are taken by locking the
-- row, so they have no gaps and no repeats. New companies get theirs from DocumentNumbering.
create sequence document_counter_seq start with 50 increment by 50;
create table document_counter (
    id          bigint      primary key,
    company_id  bigint      not null references company (id),
    kind        varchar(20) not null,
    last_number bigint      not null,
    constraint document_counter_uk unique (company_id, kind)
);
insert into document_counter (id, company_id, kind, last_number)
    select nextval('document_counter_seq'), c.id, 'QUOTE', 0 from company c;
insert into document_counter (id, company_id, kind, last_number)
    select nextval('document_counter_seq'), c.id, 'ORDER', 0 from company c;
insert into document_counter (id, company_id, kind, last_number)
    select nextval('document_counter_seq'), c.id, 'INVOICE', 0 from company c;
