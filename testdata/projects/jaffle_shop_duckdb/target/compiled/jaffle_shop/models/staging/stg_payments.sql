

with source as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main', 'identifier': 'raw_payments'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

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