with  __dbt__cte__int_invoice_lines as (
select
    md5(cast(coalesce(cast(invoice_id as TEXT), '_null_') || '-' || coalesce(cast(line_number as TEXT), '_null_') as TEXT)) as invoice_line_id,
    invoice_id,
    account_id,
    revenue_stream,
    amount,
    issued_at
from analytics.dbt_dev_staging.invoices
), lines as (

    select * from __dbt__cte__int_invoice_lines

),

accounts as (

    select * from analytics.dbt_dev_staging.accounts

)

select
    lines.*,
    accounts.account_name,
    accounts.account_group
from lines
left join accounts on lines.account_id = accounts.account_id