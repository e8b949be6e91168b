-- Every published document has segments (written with it, by the same run), and segment
-- offsets are ordered and non-negative.
select d.content_sha256, 'no segments' as problem
from checked_documents as d
anti join checked_segments as s on s.content_sha256 = d.content_sha256
union all
select content_sha256, 'bad offsets'
from checked_segments
where start < 0 or "end" < start;
