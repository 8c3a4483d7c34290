{%- set drink_types = ['beverage'] -%}

with products as (

    select * from {{ source('jaffle_raw', 'raw_products') }}

)

select
    sku as product_id,
    name as product_name,
    type as product_type,
    {{ shop_utils.cents_to_dollars('price') }} as price,
    type in ({% for t in drink_types %}'{{ t }}'{% if not loop.last %}, {% endif %}{% endfor %}) as is_drink,
    type = 'jaffle' as is_food,
    description
from products
