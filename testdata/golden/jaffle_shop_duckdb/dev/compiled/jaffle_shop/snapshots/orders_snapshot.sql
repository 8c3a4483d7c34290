



select
    order_id,
    customer_id,
    status,
    cast(order_date as timestamp) as updated_at
from "jaffle_shop"."main_staging"."stg_orders"
