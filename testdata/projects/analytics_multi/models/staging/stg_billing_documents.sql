{{ config(materialized='table') }}

{%- set document_relations = [source('billing', 'invoices'), source('billing', 'credit_notes')] -%}

with documents as (
{{ mini_utils.union_relations(document_relations, ['account_id', 'amount_cents', 'issued_at']) }}
)

select * from documents
