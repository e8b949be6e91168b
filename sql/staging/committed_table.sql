-- Rendered once per lake table written by batches (files, raw_documents, documents,
-- segments, date_mentions, citations, quarantine): the view shows rows of committed runs only,
-- so files of a crashed or running run stay invisible. union_by_name is true only where
-- the table's files do not all have the schema this version writes (a lake begun by an older
-- version): matching the columns of every file by name makes DuckDB hold every file's
-- metadata for the whole query, ~155 MB for a million documents in 1,000 files.
create or replace view ${table} as
with source as (
    select * from read_parquet('${lake}/${table}/*/*.parquet', union_by_name = ${union_by_name})
),

committed as (
    select run_id from runs
)

select source.*
from source
where source.run_id in (select run_id from committed);
