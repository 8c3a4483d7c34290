select
    {{ mini_utils.generate_surrogate_key(['invoice_id', 'line_number']) }} as invoice_line_id,
    invoice_id,
    account_id,
    revenue_stream,
    amount,
    issued_at
from {{ ref('stg_invoices') }}
