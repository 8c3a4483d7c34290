with source as (

    select * from {'path': {'database': 'jaffle_shop', 'schema': 'main', 'identifier': 'raw_customers'}, 'type': None, 'quote_policy': {'database': True, 'schema': True, 'identifier': True}, 'include_policy': {'database': True, 'schema': True, 'identifier': True}, 'quote_character': '"', 'metadata': {'type': 'DuckdbRelation'}}

),

renamed as (

    select
        id as customer_id,
        first_name,
        last_name

    from source

)

select * from renamed