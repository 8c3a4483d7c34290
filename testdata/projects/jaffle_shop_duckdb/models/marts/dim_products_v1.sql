{# v1 kept price in cents; consumers pin it with ref('dim_products', v=1). #}
select
    sku as product_id,
    name as product_name,
    type as product_type,
    price as price_cents
from {{ source('jaffle_raw', 'raw_products') }}
