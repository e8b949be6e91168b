-- outlets: the reviewed registry plus outlets that pages named themselves (ids starting "x-").
create or replace view outlets as
with registry as (
    select * from read_parquet('${lake}/outlets/*/*.parquet', union_by_name = true)
),

discovered as (
    select
        outlet_id,
        any_value(outlet_name) as name,
        [any_value(outlet_name)] as aliases,
        []::varchar[] as domains,
        null::varchar as country,
        any_value(language) as language,
        'unknown' as kind,
        'discovered' as origin,
    from documents
    where outlet_id is not null and outlet_id not in (select outlet_id from registry)
    group by outlet_id
)

select * from registry
union all by name
select * from discovered;
