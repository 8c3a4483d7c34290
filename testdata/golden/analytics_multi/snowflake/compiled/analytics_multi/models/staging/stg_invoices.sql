select
    invoice_id,
    line_number,
    account_id,
    revenue_stream,
    amount_cents,
    issued_at,
    cast(amount_cents / 100.0 as numeric(18, 2)) as amount
from RAW.billing."Invoices"
where issued_at is not null