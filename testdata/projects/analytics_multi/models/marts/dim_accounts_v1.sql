select
    account_id,
    account_name,
    created_at
from {{ ref('stg_accounts') }}
