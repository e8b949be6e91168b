-- Rendered once per lake table written by batches (files, raw_documents, documents,
-- segments, date_mentions, citations, quarantine): the view shows rows of committed runs only,
-- so files of a crashed or running run stay invisible.
create or replace view ${table} as
with source as (
    select * from read_parquet('${lake}/${table}/*/*.parquet', union_by_name = true)
),

committed as (
    select run_id from runs
)

select source.*
from source
where source.run_id in (select run_id from committed);
