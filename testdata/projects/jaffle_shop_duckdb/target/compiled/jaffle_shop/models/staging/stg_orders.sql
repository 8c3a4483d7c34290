with source as (

    -- raw orders arrive from the point-of-sale export
    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main', 'identifier': 'raw_orders'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

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