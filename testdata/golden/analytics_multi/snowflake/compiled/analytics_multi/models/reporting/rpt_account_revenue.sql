

-- built as REPORTING.DBT_DEV_reporting.account_revenue
select
    accounts.account_key,
    accounts.account_group,
    revenue.revenue_month,
    revenue.total_revenue
from ANALYTICS.DBT_DEV.fct_revenue as revenue
inner join ANALYTICS.DBT_DEV.dim_accounts_v2 as accounts
    on revenue.account_id = accounts.account_id

limit 500