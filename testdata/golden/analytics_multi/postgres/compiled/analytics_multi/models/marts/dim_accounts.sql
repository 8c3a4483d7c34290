
select
    accounts.account_id,
    accounts.account_name,
    accounts.account_group,
    accounts.created_at,
    md5(cast(coalesce(cast(accounts.account_id as TEXT), '_null_') as TEXT)) as account_key
from analytics.dbt_dev_staging.accounts as accounts