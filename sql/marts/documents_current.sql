-- documents_current: the latest version of every document (a changed file adds a version).
create or replace view documents_current as
select *
from documents
qualify row_number() over (partition by document_id order by version desc) = 1;
