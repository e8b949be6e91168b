-- Each content hash is one document version, and each (document, version) appears once: the
-- rows under test are compared with every published row.
select d.content_sha256, count(*) as n
from documents as d
semi join checked_documents as c on c.content_sha256 = d.content_sha256
group by d.content_sha256
having count(*) > 1
union all
select d.document_id || '#' || d.version, count(*)
from documents as d
semi join checked_documents as c on c.document_id = d.document_id and c.version = d.version
group by d.document_id, d.version
having count(*) > 1;
