{%- set columns = ['invoice_id', 'line_number', 'account_id', 'revenue_stream', 'amount_cents', 'issued_at', '_loaded_at'] -%}

select
    {{ mini_utils.star(columns, except=['_loaded_at']) }},
    {{ money('amount_cents') }} as amount
from {{ source('billing', 'invoices') }}
where issued_at is not null
