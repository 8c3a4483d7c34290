with documents as (

select
    'RAW.billing."Invoices"' as _dbt_source_relation,
    account_id,
    amount_cents,
    issued_at
from RAW.billing."Invoices"

union all

select
    'RAW.billing."CreditNotes"' as _dbt_source_relation,
    account_id,
    amount_cents,
    issued_at
from RAW.billing."CreditNotes"
)

select * from documents