select
    cast(u.id as varchar) as ID_USER,
    cast(i.id as varchar) as ID_INVOICE
from {{ source('app', 'users') }} as u
inner join {{ source('billing', 'invoices') }} as i
    on i.subscription_id = u.id
