select
    cast(id as varchar) as ID_USER,
    upper(country_code) as CAT_COUNTRY,
    cast(signed_up_at as date) as DT_SIGNUP,
    cast(signed_up_at as timestamp) as TS_SIGNUP,
    case when is_active then 1 else 0 end as IND_USER_ACTIVE,
    lower(email) as email,
    login_count as NUM_LOGINS,
    cast(signed_up_at as date) as N_SIGNUP,
    case when is_happy then 1 else 0 end as IND_USER_HAPPY
from {{ source('app', 'users') }}
