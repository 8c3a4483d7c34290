



select
    order_id,
    customer_id,
    status,
    cast(order_date as timestamp) as updated_at
from "jaffle_shop_prod"."staging"."stg_orders"
