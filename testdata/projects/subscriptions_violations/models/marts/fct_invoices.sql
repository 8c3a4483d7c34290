select
    i.ID_INVOICE,
    s.ID_USER,
    i.DT_ISSUED,
    i.AMT_INVOICE,
    i.IND_INVOICE_PAID
from {{ ref('stg_billing__invoices') }} as i
inner join {{ ref('stg_app__subscriptions') }} as s
    on s.ID_SUBSCRIPTION = i.ID_SUBSCRIPTION
inner join {{ ref('int_invoices__paid') }} as p
    on p.ID_INVOICE = i.ID_INVOICE
