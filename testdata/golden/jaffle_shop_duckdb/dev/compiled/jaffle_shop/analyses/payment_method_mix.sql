-- Revenue share per payment method, next to the v1 product count the old dashboard used.
with orders as (

    select * from "jaffle_shop"."main"."orders"

),

v1_products as (

    select count(*) as product_count from "jaffle_shop"."main"."dim_products_v1"

)

select
    sum(credit_card_amount) / nullif(sum(amount), 0) as credit_card_share,
    sum(coupon_amount) / nullif(sum(amount), 0) as coupon_share,
    sum(bank_transfer_amount) / nullif(sum(amount), 0) as bank_transfer_share,
    sum(gift_card_amount) / nullif(sum(amount), 0) as gift_card_share,
    max(v1_products.product_count) as v1_product_count
from orders
cross join v1_products