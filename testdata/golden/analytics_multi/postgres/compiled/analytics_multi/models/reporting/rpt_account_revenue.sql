

-- built as analytics.dbt_dev_reporting.account_revenue
select
    accounts.account_key,
    accounts.account_group,
    revenue.revenue_month,
    revenue.total_revenue
from analytics.dbt_dev.fct_revenue as revenue
inner join analytics.dbt_dev.dim_accounts_v2 as accounts
    on revenue.account_id = accounts.account_id

limit 500