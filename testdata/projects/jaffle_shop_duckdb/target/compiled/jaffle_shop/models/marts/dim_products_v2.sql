with products as (

    select * from "jaffle_shop"."main"."raw_products"

)

select
    sku as product_id,
    name as product_name,
    type as product_type,
    (price / 100)::decimal(16, 2) as price,
    type in ('beverage') as is_drink,
    type = 'jaffle' as is_food,
    description
from products