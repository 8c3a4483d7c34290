select
    id as account_id,
    name as account_name,
    {{ adapter.quote('group') }} as account_group,
    created_at
from {{ source('billing', 'accounts') }}
