-- story_links: outlets that ran the same text (copies and rewrites) or their own report of the
-- same story (same_story), and who was first.
create or replace view story_links as
with linked as (
    select
        l.kind,
        l.similarity,
        a.title as a_title,
        coalesce(a.outlet_name, '(unknown)') as a_outlet,
        a.published_at as a_published_at,
        b.title as b_title,
        coalesce(b.outlet_name, '(unknown)') as b_outlet,
        b.published_at as b_published_at,
    from document_links as l
    inner join documents as a on a.content_sha256 = l.a_content_sha256
    inner join documents as b on b.content_sha256 = l.b_content_sha256
)

select
    *,
    case
        when a_published_at is null or b_published_at is null then null
        when a_published_at <= b_published_at then a_outlet
        else b_outlet
    end as first_outlet,
from linked
order by similarity desc;
