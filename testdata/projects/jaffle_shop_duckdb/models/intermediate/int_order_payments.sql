with payments as (

    select * from {{ ref('stg_payments') }}

),

order_totals as (

    select
        order_id,
        {{ sum_by_payment_method('amount') }},
        sum(amount) as total_amount

    from payments
    group by order_id

)

select * from order_totals
