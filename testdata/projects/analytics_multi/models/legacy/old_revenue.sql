-- Superseded by marts/fct_revenue; disabled by the legacy folder config.
select account_id, sum(amount_cents) / 100 as revenue
from {{ source('billing', 'invoices') }}
group by account_id
