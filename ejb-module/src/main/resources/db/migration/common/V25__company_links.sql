-- Links between records of two companies are refused by the database itself (issue 11), not only by the code:
-- every parent a company owns is unique by (company_id, id), and every child that has its own company_id points
-- at its parent through both columns, so a row of one company can never reference another company's row (a null
-- link is still allowed: MATCH SIMPLE). The old one-column keys give way to these, with the same delete rule.
-- Tables without a company_id of their own (group membership, document lines) are checked by triggers below.

alter table client add constraint client_company_id_uk unique (company_id, id);
alter table center add constraint center_company_id_uk unique (company_id, id);
alter table staff_user add constraint staff_user_company_id_uk unique (company_id, id);
alter table client_group add constraint client_group_company_id_uk unique (company_id, id);
alter table custom_field add constraint custom_field_company_id_uk unique (company_id, id);
alter table wallet add constraint wallet_company_id_uk unique (company_id, id);
alter table transaction_category add constraint transaction_category_company_id_uk unique (company_id, id);
alter table financial_account add constraint financial_account_company_id_uk unique (company_id, id);
alter table catalog_item add constraint catalog_item_company_id_uk unique (company_id, id);
alter table quote add constraint quote_company_id_uk unique (company_id, id);
alter table order_type add constraint order_type_company_id_uk unique (company_id, id);
alter table order_status add constraint order_status_company_id_uk unique (company_id, id);
alter table sales_order add constraint sales_order_company_id_uk unique (company_id, id);
alter table invoice add constraint invoice_company_id_uk unique (company_id, id);

alter table api_token drop constraint api_token_staff_user_id_fkey;
alter table api_token add constraint api_token_staff_user_id_fkey foreign key (company_id, staff_user_id)
    references staff_user (company_id, id);
alter table client drop constraint client_center_id_fkey;
alter table client add constraint client_center_id_fkey foreign key (company_id, center_id)
    references center (company_id, id);
alter table client drop constraint client_owner_id_fkey;
alter table client add constraint client_owner_id_fkey foreign key (company_id, owner_id)
    references staff_user (company_id, id);
alter table address drop constraint address_client_id_fkey;
alter table address add constraint address_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id);
alter table client_contact drop constraint client_contact_client_id_fkey;
alter table client_contact add constraint client_contact_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id);
alter table emergency_contact drop constraint emergency_contact_client_id_fkey;
alter table emergency_contact add constraint emergency_contact_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id);
alter table custom_field_value drop constraint custom_field_value_client_id_fkey;
alter table custom_field_value add constraint custom_field_value_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete cascade;
alter table custom_field_value drop constraint custom_field_value_field_id_fkey;
alter table custom_field_value add constraint custom_field_value_field_id_fkey foreign key (company_id, field_id)
    references custom_field (company_id, id) on delete cascade;
alter table client_avatar drop constraint client_avatar_client_id_fkey;
alter table client_avatar add constraint client_avatar_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete cascade;
alter table review drop constraint review_client_id_fkey;
alter table review add constraint review_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete cascade;
alter table client_alert drop constraint client_alert_client_id_fkey;
alter table client_alert add constraint client_alert_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete cascade;
alter table wallet drop constraint wallet_client_id_fkey;
alter table wallet add constraint wallet_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete cascade;
alter table wallet_entry drop constraint wallet_entry_wallet_id_fkey;
alter table wallet_entry add constraint wallet_entry_wallet_id_fkey foreign key (company_id, wallet_id)
    references wallet (company_id, id) on delete restrict;
alter table money_transaction drop constraint money_transaction_client_id_fkey;
alter table money_transaction add constraint money_transaction_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete restrict;
alter table money_transaction drop constraint money_transaction_category_id_fkey;
alter table money_transaction add constraint money_transaction_category_id_fkey foreign key (company_id, category_id)
    references transaction_category (company_id, id);
alter table money_transaction drop constraint money_transaction_account_id_fkey;
alter table money_transaction add constraint money_transaction_account_id_fkey foreign key (company_id, account_id)
    references financial_account (company_id, id);
alter table quote drop constraint quote_client_id_fkey;
alter table quote add constraint quote_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete restrict;
alter table quote_status_change drop constraint quote_status_change_quote_id_fkey;
alter table quote_status_change add constraint quote_status_change_quote_id_fkey foreign key (company_id, quote_id)
    references quote (company_id, id) on delete cascade;
alter table sales_order drop constraint sales_order_client_id_fkey;
alter table sales_order add constraint sales_order_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete restrict;
alter table sales_order drop constraint sales_order_type_id_fkey;
alter table sales_order add constraint sales_order_type_id_fkey foreign key (company_id, type_id)
    references order_type (company_id, id);
alter table sales_order drop constraint sales_order_status_id_fkey;
alter table sales_order add constraint sales_order_status_id_fkey foreign key (company_id, status_id)
    references order_status (company_id, id);
alter table order_status_change drop constraint order_status_change_order_id_fkey;
alter table order_status_change add constraint order_status_change_order_id_fkey foreign key (company_id, order_id)
    references sales_order (company_id, id) on delete cascade;
alter table order_status_change drop constraint order_status_change_from_status_id_fkey;
alter table order_status_change add constraint order_status_change_from_status_id_fkey foreign key (company_id, from_status_id)
    references order_status (company_id, id);
alter table order_status_change drop constraint order_status_change_to_status_id_fkey;
alter table order_status_change add constraint order_status_change_to_status_id_fkey foreign key (company_id, to_status_id)
    references order_status (company_id, id);
alter table invoice drop constraint invoice_client_id_fkey;
alter table invoice add constraint invoice_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete restrict;
alter table invoice_payment drop constraint invoice_payment_invoice_id_fkey;
alter table invoice_payment add constraint invoice_payment_invoice_id_fkey foreign key (company_id, invoice_id)
    references invoice (company_id, id) on delete restrict;
alter table invoice_payment drop constraint invoice_payment_account_id_fkey;
alter table invoice_payment add constraint invoice_payment_account_id_fkey foreign key (company_id, account_id)
    references financial_account (company_id, id);
alter table reward_entry drop constraint reward_entry_client_id_fkey;
alter table reward_entry add constraint reward_entry_client_id_fkey foreign key (company_id, client_id)
    references client (company_id, id) on delete restrict;

-- A review's order is set to null when the order is deleted (review_order_fk stays for that: "set null" of only
-- some columns needs PostgreSQL 15, the embedded one is 14); this second key keeps the order in the company.
alter table review add constraint review_order_company_fk foreign key (company_id, order_id)
    references sales_order (company_id, id);

-- Group membership has no company_id of its own: the client and the group must be of one company.
create function client_group_member_company_ck() returns trigger language plpgsql as $$
begin
    if (select company_id from client where id = new.client_id)
            is distinct from (select company_id from client_group where id = new.group_id) then
        raise exception 'client % and group % belong to different companies', new.client_id, new.group_id
            using errcode = 'foreign_key_violation';
    end if;
    return new;
end;
$$;
create trigger client_group_member_company_tg before insert or update on client_group_member
    for each row execute function client_group_member_company_ck();

-- A document line's catalog item (kept as a link, the line itself is a snapshot) must be of the document's
-- company. Arguments: the document's table and the line's column naming the document.
create function document_line_catalog_item_ck() returns trigger language plpgsql as $$
declare
    document_company bigint;
    item_company bigint;
begin
    if new.catalog_item_id is null then
        return new;
    end if;
    execute format('select company_id from %I where id = ($1).%I', tg_argv[0], tg_argv[1])
        into document_company using new;
    select company_id into item_company from catalog_item where id = new.catalog_item_id;
    if item_company is not null and item_company is distinct from document_company then
        raise exception 'catalog item % belongs to another company than the % line', new.catalog_item_id, tg_argv[0]
            using errcode = 'foreign_key_violation';
    end if;
    return new;
end;
$$;
create trigger quote_line_catalog_item_tg before insert or update on quote_line
    for each row execute function document_line_catalog_item_ck('quote', 'quote_id');
create trigger order_line_catalog_item_tg before insert or update on order_line
    for each row execute function document_line_catalog_item_ck('sales_order', 'order_id');
create trigger invoice_line_catalog_item_tg before insert or update on invoice_line
    for each row execute function document_line_catalog_item_ck('invoice', 'invoice_id');
