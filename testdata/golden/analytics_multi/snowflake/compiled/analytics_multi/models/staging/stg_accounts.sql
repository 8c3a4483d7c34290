select
    id as account_id,
    name as account_name,
    "group" as account_group,
    created_at
from RAW.billing.accounts