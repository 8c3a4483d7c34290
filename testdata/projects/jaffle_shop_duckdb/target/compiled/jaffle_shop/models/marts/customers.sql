

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
) select
    audited.*,
    '' as _built_by
from (

with customers as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main_staging', 'identifier': 'stg_customers'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

orders as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main_staging', 'identifier': 'stg_orders'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

order_payments as (

    select * from {'path': {'database': None, 'schema': None, 'identifier': '__dbt__cte__int_order_payments'}, 'type': 'cte', 'quote_policy': {'database': True, 'schema': True, 'identifier': False}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

customer_orders as (

    select
        orders.customer_id,
        min(orders.order_date) as first_order,
        max(orders.order_date) as most_recent_order,
        count(orders.order_id) as number_of_orders,
        sum(order_payments.total_amount) as customer_lifetime_value

    from orders
    left join order_payments on orders.order_id = order_payments.order_id
    group by orders.customer_id

)

select
    customers.customer_id,
    customers.first_name,
    customers.last_name,
    customer_orders.first_order,
    customer_orders.most_recent_order,
    coalesce(customer_orders.number_of_orders, 0) as number_of_orders,
    customer_orders.customer_lifetime_value,
    case when customer_orders.number_of_orders = 0 then null else customer_orders.customer_lifetime_value / customer_orders.number_of_orders end as average_order_value

from customers
left join customer_orders on customers.customer_id = customer_orders.customer_id
where coalesce(customer_orders.customer_lifetime_value, 0) >= 0

) as audited