

with  __dbt__cte__int_invoice_lines as (
select
    md5(cast(coalesce(cast(invoice_id as 
    varchar
), '_null_') || '-' || coalesce(cast(line_number as 
    varchar
), '_null_') as TEXT)) as invoice_line_id,
    invoice_id,
    account_id,
    revenue_stream,
    amount,
    issued_at
from ANALYTICS.DBT_DEV_staging.invoices
),  __dbt__cte__int_invoice_lines_enriched as (
with lines as (

    select * from __dbt__cte__int_invoice_lines

),

accounts as (

    select * from ANALYTICS.DBT_DEV_staging.accounts

)

select
    lines.*,
    accounts.account_name,
    accounts.account_group
from lines
left join accounts on lines.account_id = accounts.account_id
), lines as (

    select * from __dbt__cte__int_invoice_lines_enriched

),

accounts as (

    select * from ANALYTICS.DBT_DEV.dim_accounts_v1

)

select
    lines.account_id,
    accounts.account_name,
    date_trunc('month', lines.issued_at) as revenue_month,
    sum(case when lines.revenue_stream = 'SUB' then lines.amount else 0 end) as subscription_revenue,
    sum(case when lines.revenue_stream = 'SVC' then lines.amount else 0 end) as services_revenue,
    sum(case when lines.revenue_stream = 'HW' then lines.amount else 0 end) as hardware_revenue,
    sum(lines.amount) as total_revenue
from lines
inner join accounts on lines.account_id = accounts.account_id
group by 1, 2, 3