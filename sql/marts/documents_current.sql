-- documents_current: per document, the version its file holds now. A changed file adds a
-- version; a file changed back to earlier content makes that earlier version current again;
-- a change that was quarantined leaves the last published version current.
create or replace view documents_current as
with observations as (
    select document_id, content_sha256, seen_at,
    from files
    where status in ('new', 'changed', 'touched', 'reverted')
),

published as (
    select observations.*,
    from observations
    semi join documents
        on documents.document_id = observations.document_id
        and documents.content_sha256 = observations.content_sha256
),

latest as (
    select document_id, content_sha256,
    from published
    qualify row_number() over (partition by document_id order by seen_at desc) = 1
)

select documents.*,
from documents
inner join latest using (document_id, content_sha256);
