

with source as (

    select * from "jaffle_shop"."main"."raw_payments"

),

renamed as (

    select
        id as payment_id,
        order_id,
        payment_method,
        -- amounts are stored in cents
        (amount / 100)::decimal(16, 2) as amount

    from source

)

select * from renamed