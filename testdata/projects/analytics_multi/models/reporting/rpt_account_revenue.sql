{{
    config(
        alias='Account_Revenue',
        schema='reporting',
        database=('REPORTING' if target.type == 'snowflake' else target.database)
    )
}}

-- built as {{ this }}
select
    accounts.account_key,
    accounts.account_group,
    revenue.revenue_month,
    revenue.total_revenue
from {{ ref('fct_revenue') }} as revenue
inner join {{ ref('dim_accounts') }} as accounts
    on revenue.account_id = accounts.account_id
{{ limit_in_dev(500) }}
