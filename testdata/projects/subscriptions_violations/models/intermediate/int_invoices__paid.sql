select ID_INVOICE
from {{ ref('stg_billing__invoices') }}
where IND_INVOICE_PAID = 1
