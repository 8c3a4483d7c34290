{#- Orders before the floor date predate the current point-of-sale system. -#}
{%- set min_order_date = env_var('JAFFLE_MIN_ORDER_DATE', '2018-01-01') -%}

with source as (

    -- raw orders arrive from the point-of-sale export
    select * from {{ ref('raw_orders') }}

),

renamed as (

    select
        id as order_id,
        user_id as customer_id,
        order_date,
        status

    from source
    where order_date >= '{{ min_order_date }}'

)

select * from renamed
