-- documents: rows of committed runs only; files of a crashed run stay invisible.
create or replace view documents as
with source as (
    select * from read_parquet('${lake}/documents/*/*.parquet', union_by_name = true)
),

committed as (
    select run_id from runs
)

select source.*
from source
where source.run_id in (select run_id from committed);
