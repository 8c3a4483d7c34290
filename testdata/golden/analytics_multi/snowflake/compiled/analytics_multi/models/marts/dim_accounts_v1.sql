select
    account_id,
    account_name,
    created_at
from ANALYTICS.DBT_DEV_staging.accounts