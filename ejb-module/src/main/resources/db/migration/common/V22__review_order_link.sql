-- A review may name the order it is about (one of the same client's orders, checked by ReviewService). The column
-- came with V10 before orders existed, so nothing checked it: a value that names no order of the same client and
-- company is cleared first, then the link becomes a foreign key. Deleting an order keeps its reviews, without it.
update review set order_id = null
    where order_id is not null
      and not exists (select 1 from sales_order o
                      where o.id = review.order_id and o.client_id = review.client_id
                        and o.company_id = review.company_id);
alter table review add constraint review_order_fk foreign key (order_id) references sales_order (id) on delete set null;
create index review_order_ix on review (order_id);
