-- Revenue share per payment method, next to the v1 product count the old dashboard used.
with orders as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main', 'identifier': 'orders'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

v1_products as (

    select count(*) as product_count from {'path': {'database': 'jaffle_shop', 'schema': 'main', 'identifier': 'dim_products_v1'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

)

select
    sum(credit_card_amount) / nullif(sum(amount), 0) as credit_card_share,
    sum(coupon_amount) / nullif(sum(amount), 0) as coupon_share,
    sum(bank_transfer_amount) / nullif(sum(amount), 0) as bank_transfer_share,
    sum(gift_card_amount) / nullif(sum(amount), 0) as gift_card_share,
    max(v1_products.product_count) as v1_product_count
from orders
cross join v1_products