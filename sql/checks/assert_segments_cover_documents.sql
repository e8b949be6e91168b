-- Every published document has segments, and segment offsets are ordered and non-negative.
select d.content_sha256, 'no segments' as problem
from documents as d
anti join segments as s on s.content_sha256 = d.content_sha256
union all
select content_sha256, 'bad offsets'
from segments
where start < 0 or "end" < start;
