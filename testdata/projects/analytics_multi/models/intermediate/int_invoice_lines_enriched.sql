{#- Ephemeral on top of ephemeral: dbt injects int_invoice_lines first, then this CTE. -#}
with lines as (

    select * from {{ ref('int_invoice_lines') }}

),

accounts as (

    select * from {{ ref('stg_accounts') }}

)

select
    lines.*,
    accounts.account_name,
    accounts.account_group
from lines
left join accounts on lines.account_id = accounts.account_id
