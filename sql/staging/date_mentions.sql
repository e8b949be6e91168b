-- date_mentions: rows of committed runs only; files of a crashed run stay invisible.
create or replace view date_mentions as
with source as (
    select * from read_parquet('${lake}/date_mentions/*/*.parquet', union_by_name = true)
),

committed as (
    select run_id from runs
)

select source.*
from source
where source.run_id in (select run_id from committed);
