-- Each (document, version) appears once: the rows under test are compared with every
-- published row.
select d.document_id || '#' || d.version as document_version, count(*) as n
from documents as d
semi join checked_documents as c on c.document_id = d.document_id and c.version = d.version
group by d.document_id, d.version
having count(*) > 1;
