select
    u.ID_USER,
    u.IND_USER_ACTIVE,
    u.DT_SIGNUP,
    u.TS_SIGNUP,
    count(s.ID_SUBSCRIPTION) as N_SUBSCRIPTIONS
from {{ ref('stg_app__users') }} as u
left join {{ ref('int_subscriptions__invoiced') }} as s
    on s.ID_USER = u.ID_USER
group by 1, 2, 3, 4
