-- V66: the instants an order's status turns on, kept on the order itself (from its latest version, when the version
-- is recorded), so the register list can filter 200,000 orders by status without reading each version's JSON
-- (docs/benchmarks.md). Orders writes them in the same transaction as the version; reporting reads them through its
-- views, which are re-pointed here. Existing orders are filled from their latest version the way
-- orders.OrderStatusRule.timeline() reads it.

alter table protective_order add column ends_at timestamptz;
alter table protective_order add column discharged_at timestamptz;
alter table protective_order add column served_at timestamptz;
alter table protective_order add column relationship varchar(40);
comment on column protective_order.ends_at is 'When the latest version says the order ends by its own terms (OrderStatusRule.endOf): its date, the return hearing for an order until then, 48 hours for a DAPN; null when until further order.';
comment on column protective_order.discharged_at is 'When the latest version says the order was discharged, if it was.';
comment on column protective_order.served_at is 'The first service on, or awareness of, the respondent the latest version records, if any.';
comment on column protective_order.relationship is 'How the respondent and the applicant are related, as the latest version states it.';

update protective_order o set
    ends_at = case
        when v.details ->> 'duration' = 'UNTIL_FURTHER_ORDER' then
            case when o.order_type = 'DAPN' then o.made_at + interval '48 hours' end
        when v.details ->> 'duration' = 'UNTIL_NEXT_HEARING' then
            coalesce(reporting_instant(v.details -> 'returnHearing' -> 'at'), reporting_instant(v.details -> 'endsAt'))
        else reporting_instant(v.details -> 'endsAt')
    end,
    discharged_at = reporting_instant(v.details -> 'dischargedAt'),
    served_at = (select min(reporting_instant(s -> 'servedAt'))
                 from jsonb_array_elements(case when jsonb_typeof(v.details -> 'service') = 'array'
                                                then v.details -> 'service' else '[]'::jsonb end) s),
    relationship = left(v.details ->> 'relationship', 40)
from order_version v
where v.order_id = o.id and v.version = o.latest_version;

create index protective_order_force_ends_idx on protective_order (force_id, ends_at);
create index order_district_choice_district_idx on order_district_choice (district_id);
create index safeguarding_task_district_kind_idx on safeguarding_task (district_id, kind) where district_id is not null;

-- The views: the order without its JSON; the names, read only for the rows a page shows; the district as its own view.
drop view reporting_order;
create view reporting_order as
select o.id as order_id, o.force_id, o.court, o.court_key, o.case_number, o.order_type, o.made_at, o.latest_version,
       o.ends_at, o.discharged_at, o.served_at, o.relationship
from protective_order o;
comment on view reporting_order is 'Reporting''s read of each order: identity, type, relationship and the instants its status turns on. No names. Read-only.';

create view reporting_order_party as
select v.order_id, left(v.details -> 'respondent' ->> 'name', 300) as respondent_name,
       left(v.details -> 'applicant' ->> 'name', 300) as applicant_name
from protective_order o join order_version v on v.order_id = o.id and v.version = o.latest_version;
comment on view reporting_order_party is 'The respondent''s and applicant''s names in each order''s latest version: read for the register list''s rows only (casework roles), never for a figure.';

-- The victim's district: the district of the order's latest victim briefing that has one, else the district the point
-- of contact chose.
create view reporting_order_district as
select latest.order_id, latest.district_id
from (select distinct on (t.order_id) t.order_id, t.district_id
      from safeguarding_task t
      where t.kind = 'DISSEMINATION' and t.district_id is not null and t.dedupe_key like '%:victim:%'
      order by t.order_id, t.order_version desc, t.created_at desc) latest
union all
select c.order_id, c.district_id
from order_district_choice c
where not exists (select 1 from safeguarding_task t where t.order_id = c.order_id and t.kind = 'DISSEMINATION'
                  and t.district_id is not null and t.dedupe_key like '%:victim:%');
comment on view reporting_order_district is 'Each order''s victim district (the latest victim briefing''s, else the point of contact''s choice). Read-only.';
