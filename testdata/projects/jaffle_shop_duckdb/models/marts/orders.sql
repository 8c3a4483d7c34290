{{
    config(
        materialized='incremental',
        unique_key='order_id',
        on_schema_change='append_new_columns',
        tags=['finance']
    )
}}

{%- set payment_methods = var('payment_methods') %}

-- incremental target: {{ this }}
with orders as (

    select * from {{ ref('stg_orders') }}

),

order_payments as (

    select * from {{ ref('int_order_payments') }}

),

calendar as (

    select * from {{ ref('shop_utils', 'shop_calendar') }}

)

select
    orders.order_id,
    orders.customer_id,
    orders.order_date,
    orders.status,
    calendar.fiscal_quarter,
    {% for payment_method in payment_methods -%}
    coalesce(order_payments.{{ payment_method }}_amount, 0) as {{ payment_method }}_amount,
    {% endfor -%}
    coalesce(order_payments.total_amount, 0) as amount

from orders
left join order_payments on orders.order_id = order_payments.order_id
left join calendar on orders.order_date = calendar.date_day

{% if is_incremental() %}
-- only new or late-arriving orders
where orders.order_date >= (
    select max(order_date) - interval '{{ var('order_lookback_days') }} days' from {{ this }}
)
{% endif %}
