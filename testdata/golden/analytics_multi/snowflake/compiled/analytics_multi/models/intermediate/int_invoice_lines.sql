select
    md5(cast(coalesce(cast(invoice_id as 
    varchar
), '_null_') || '-' || coalesce(cast(line_number as 
    varchar
), '_null_') as TEXT)) as invoice_line_id,
    invoice_id,
    account_id,
    revenue_stream,
    amount,
    issued_at
from ANALYTICS.DBT_DEV_staging.invoices