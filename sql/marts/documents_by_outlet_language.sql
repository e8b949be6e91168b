-- documents_by_outlet_language: how many current documents each outlet published, per language.
create or replace view documents_by_outlet_language as
with current_documents as (
    select * from documents_current
)

select
    coalesce(outlet_name, '(unknown)') as outlet,
    language,
    count(*) as documents,
    min(published_at) as first_published,
    max(published_at) as last_published,
from current_documents
group by all
order by documents desc, outlet;
