-- The warehouse is a catalogue of views over the Parquet lake: the lake is the source of truth,
-- and a run becomes visible the moment its row lands in runs (see pipeline/io.py).
create or replace view runs as
select *
from read_parquet('${lake}/runs/*/*.parquet', union_by_name = true);
