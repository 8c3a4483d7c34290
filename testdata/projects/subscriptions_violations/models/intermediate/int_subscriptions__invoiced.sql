select
    s.ID_SUBSCRIPTION,
    s.ID_USER,
    count(i.ID_INVOICE) as N_INVOICES,
    coalesce(sum(i.AMT_INVOICE), 0) as AMT_INVOICED,
    sum(i.IND_INVOICE_PAID) as IND_INVOICES_PAID
from {{ ref('stg_app__subscriptions') }} as s
left join {{ ref('stg_billing__invoices') }} as i
    on i.ID_SUBSCRIPTION = s.ID_SUBSCRIPTION
group by 1, 2
