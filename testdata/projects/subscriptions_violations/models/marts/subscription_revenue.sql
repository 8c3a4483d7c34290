select
    s.ID_USER,
    sum(i.AMT_INVOICED) as AMT_REVENUE
from {{ source('app', 'subscriptions') }} as s
inner join {{ ref('int_subscriptions__invoiced') }} as i
    on i.ID_SUBSCRIPTION = cast(s.id as varchar)
group by 1
