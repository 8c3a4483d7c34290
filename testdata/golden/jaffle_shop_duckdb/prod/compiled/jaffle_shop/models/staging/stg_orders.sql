with source as (

    -- raw orders arrive from the point-of-sale export
    select * from "jaffle_shop_prod"."prod"."raw_orders"

),

renamed as (

    select
        id as order_id,
        user_id as customer_id,
        order_date,
        status

    from source
    where order_date >= '2018-01-01'

)

select * from renamed