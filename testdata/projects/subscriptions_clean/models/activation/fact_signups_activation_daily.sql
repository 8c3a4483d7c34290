{%- set grain = 'day' -%}

select
    cast(date_trunc('{{ grain }}', DT_SIGNUP) as date) as DT_ACTIVATION,
    count(*) as N_USERS_SIGNED_UP,
    sum(IND_USER_ACTIVE) as N_USERS_ACTIVE
from {{ ref('dim_users') }}
group by 1
