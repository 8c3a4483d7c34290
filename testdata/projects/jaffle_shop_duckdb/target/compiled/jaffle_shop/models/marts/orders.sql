

-- incremental target: {'path': {'database': 'jaffle_shop', 'schema': 'main', 'identifier': 'orders'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}
with __dbt__cte__int_order_payments as (
with payments as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main_staging', 'identifier': 'stg_payments'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

order_totals as (

    select
        order_id,
        sum(case when payment_method = 'credit_card' then amount else 0 end) as credit_card_amount,
        sum(case when payment_method = 'coupon' then amount else 0 end) as coupon_amount,
        sum(case when payment_method = 'bank_transfer' then amount else 0 end) as bank_transfer_amount,
        sum(case when payment_method = 'gift_card' then amount else 0 end) as gift_card_amount,
        sum(amount) as total_amount

    from payments
    group by order_id

)

select * from order_totals
),  orders as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main_staging', 'identifier': 'stg_orders'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

order_payments as (

    select * from {'path': {'database': None, 'schema': None, 'identifier': '__dbt__cte__int_order_payments'}, 'type': 'cte', 'quote_policy': {'database': True, 'schema': True, 'identifier': False}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

calendar as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main_utils', 'identifier': 'shop_calendar'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

)

select
    orders.order_id,
    orders.customer_id,
    orders.order_date,
    orders.status,
    calendar.fiscal_quarter,
    coalesce(order_payments.credit_card_amount, 0) as credit_card_amount,
    coalesce(order_payments.coupon_amount, 0) as coupon_amount,
    coalesce(order_payments.bank_transfer_amount, 0) as bank_transfer_amount,
    coalesce(order_payments.gift_card_amount, 0) as gift_card_amount,
    coalesce(order_payments.total_amount, 0) as amount

from orders
left join order_payments on orders.order_id = order_payments.order_id
left join calendar on orders.order_date = calendar.date_day

