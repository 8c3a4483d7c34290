select
    cast(id as varchar) as ID_INVOICE,
    cast(subscription_id as varchar) as ID_SUBSCRIPTION,
    cast(issued_at as date) as DT_ISSUED,
    cast(amount_cents as decimal(12, 2)) / 100 as AMT_INVOICE,
    case when paid then 1 else 0 end as IND_INVOICE_PAID
from {{ source('billing', 'invoices') }}
