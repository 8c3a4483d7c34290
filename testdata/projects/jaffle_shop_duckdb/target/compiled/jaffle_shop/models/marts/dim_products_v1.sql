
select
    sku as product_id,
    name as product_name,
    type as product_type,
    price as price_cents
from "jaffle_shop"."main"."raw_products"