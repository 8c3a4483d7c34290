{{ config(enabled=false) }}

-- Disabled until the forecasting service publishes its tables.
select * from {{ ref('fct_revenue') }}
