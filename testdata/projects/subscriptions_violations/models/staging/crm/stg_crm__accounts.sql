select
    cast(a.id as varchar) as ID_ACCOUNT,
    u.ID_USER
from {{ source('CRM', 'accounts') }} as a
inner join {{ ref('stg_app__users') }} as u
    on u.ID_USER = cast(a.user_id as varchar)
