{%- set grain = 'day' -%}

select
    cast(date_trunc('{{ grain }}', DT_SIGNUP) as date) as DT_ACTIVATION,
    count(*) as N_USERS_SIGNED_UP,
    sum(IND_USER_ACTIVE) as N_USERS_ACTIVE
from {{ ref('dim_users') }} as d
inner join {{ ref('stg_app__users') }} as u on u.ID_USER = d.ID_USER
group by 1
