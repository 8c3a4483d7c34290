select
    account_id,
    account_name,
    created_at
from analytics.dbt_dev_staging.accounts