-- Revenue share per payment method, next to the v1 product count the old dashboard used.
with orders as (

    select * from {{ ref('orders') }}

),

v1_products as (

    select count(*) as product_count from {{ ref('dim_products', v=1) }}

)

select
    {% for payment_method in var('payment_methods') -%}
    sum({{ payment_method }}_amount) / nullif(sum(amount), 0) as {{ payment_method }}_share,
    {% endfor -%}
    max(v1_products.product_count) as v1_product_count
from orders
cross join v1_products
