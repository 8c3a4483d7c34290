

-- incremental target: "jaffle_shop_prod"."prod"."orders"
with  __dbt__cte__int_order_payments as (
with payments as (

    select * from "jaffle_shop_prod"."staging"."stg_payments"

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
), orders as (

    select * from "jaffle_shop_prod"."staging"."stg_orders"

),

order_payments as (

    select * from __dbt__cte__int_order_payments

),

calendar as (

    select * from "jaffle_shop_prod"."utils"."shop_calendar"

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

