with documents as (

select
    cast('analytics.billing."Invoices"' as TEXT) as _dbt_source_relation,
    account_id,
    amount_cents,
    issued_at
from analytics.billing."Invoices"

union all

select
    cast('analytics.billing."CreditNotes"' as TEXT) as _dbt_source_relation,
    account_id,
    amount_cents,
    issued_at
from analytics.billing."CreditNotes"
)

select * from documents