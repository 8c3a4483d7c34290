{% set lifetime_value_floor = var('lifetime_value_floor', 0) %}

{% call audited(this.identifier) %}
with customers as (

    select * from {{ ref('stg_customers') }}

),

orders as (

    select * from {{ ref('stg_orders') }}

),

order_payments as (

    select * from {{ ref('int_order_payments') }}

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
    {{ shop_utils.safe_divide('customer_orders.customer_lifetime_value', 'customer_orders.number_of_orders') }} as average_order_value

from customers
left join customer_orders on customers.customer_id = customer_orders.customer_id
where coalesce(customer_orders.customer_lifetime_value, 0) >= {{ lifetime_value_floor }}
{% endcall %}
