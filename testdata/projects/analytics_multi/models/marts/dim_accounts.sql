{# v2: adds the account group; kept in dim_accounts.sql via defined_in. #}
select
    {{ mini_utils.star(['account_id', 'account_name', 'account_group', 'created_at'], relation_alias='accounts') }},
    {{ mini_utils.generate_surrogate_key(['accounts.account_id']) }} as account_key
from {{ ref('stg_accounts') }} as accounts
