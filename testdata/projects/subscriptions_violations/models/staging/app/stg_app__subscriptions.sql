select
    cast(id as varchar) as ID_SUBSCRIPTION,
    cast(user_id as varchar) as ID_USER,
    cast(plan as varchar) as CAT_PLAN,
    cast(started_at as date) as DT_START,
    cast(monthly_price_cents as decimal(12, 2)) / 100 as AMT_MONTHLY_PRICE
from {{ source('app', 'subscriptions') }}
