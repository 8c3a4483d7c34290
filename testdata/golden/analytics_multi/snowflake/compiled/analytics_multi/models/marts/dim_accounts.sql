
select
    accounts.account_id,
    accounts.account_name,
    accounts.account_group,
    accounts.created_at,
    md5(cast(coalesce(cast(accounts.account_id as 
    varchar
), '_null_') as TEXT)) as account_key
from ANALYTICS.DBT_DEV_staging.accounts as accounts