-- The SQL of one year's whole-force report of the force "bench" (bench/reporting-generate.sql), as Reports issued it before V87/V88
-- (docs/benchmarks.md, "Kept durations"). Parameters inlined; the month ends of "in force" are 2026's. Time with:
--   time psql -h 127.0.0.1 -U postgres -qf bench/reporting-statements-before.sql nmo_h2big > /dev/null
\set force '''b0000000-0000-4000-8000-000000000001'''
\set from '''2025-12-05'''
\set to '''2026-12-05 06:00'''
select n.source, count(*) from notification n where n.force_id = :force and n.received_at >= :from and n.received_at < :to group by n.source;
select count(h0), percentile_cont(0.5) within group (order by h0), percentile_cont(0.9) within group (order by h0), count(*) filter (where h0 <= 24),
count(h1), percentile_cont(0.5) within group (order by h1), percentile_cont(0.9) within group (order by h1), count(*) filter (where h1 <= 24),
count(h2), percentile_cont(0.5) within group (order by h2), percentile_cont(0.9) within group (order by h2), count(*) filter (where h2 <= 48),
count(h3), percentile_cont(0.5) within group (order by h3), percentile_cont(0.9) within group (order by h3), count(*) filter (where h3 <= 72)
from (select case when n.decided_at is not null then cast(extract(epoch from (n.decided_at - n.received_at)) as double precision)/3600 end h0,
 case when n.decided_at is not null and n.status='ACCEPTED' then cast(extract(epoch from (n.decided_at - n.received_at)) as double precision)/3600 end h1,
 case when qa.assured_at is not null then cast(extract(epoch from (qa.assured_at - n.received_at)) as double precision)/3600 end h2,
 case when f.first_raised_at is not null then cast(extract(epoch from (f.first_raised_at - n.received_at)) as double precision)/3600 end h3
 from notification n left join quality_review qa on qa.order_id = n.order_id and qa.version = n.order_version left join reporting_flag f on f.order_id = n.order_id and f.order_version = n.order_version where n.force_id = :force and n.received_at >= :from and n.received_at < :to) r;
select l.kind, l.status, count(*) from reporting_liaison l where l.force_id = :force and l.raised_at >= :from and l.raised_at < :to group by l.kind, l.status;
select count(h0), percentile_cont(0.5) within group (order by h0) from (select case when l.responded_at is not null and l.kind='MISSING_DATA' then cast(extract(epoch from (l.responded_at - l.raised_at)) as double precision)/3600 end h0 from liaison_request l where l.force_id = :force and l.raised_at >= :from and l.raised_at < :to) r;
select o.order_type, o.relationship, case when o.served_at is null then 'NOT_SERVED' when o.served_at <= o.made_at + make_interval(days => 7) then 'WITHIN' else 'LATER' end, count(*) from reporting_order o where o.force_id = :force and o.made_at >= :from and o.made_at < :to group by 1, 2, 3;
select count(*) from reporting_order_version v where v.force_id = :force and v.change_kind = 'VARIATION' and v.effective_from >= :from and v.effective_from < :to;
select count(*) from reporting_order_version v where v.force_id = :force and v.change_kind = 'EXTENSION' and v.effective_from >= :from and v.effective_from < :to;
select count(*) from reporting_order_version v where v.force_id = :force and v.change_kind = 'DISCHARGE' and v.effective_from >= :from and v.effective_from < :to;
select count(*) from reporting_order o where o.force_id = :force and o.ends_at >= :from and o.ends_at < :to and o.ends_at <= now() and (o.discharged_at is null or o.discharged_at > o.ends_at);
select r.first_before, r.before_stop, count(*) from (select width_bucket(greatest(o.made_at, o.served_at) - interval '1 microsecond', (select array_agg(d) from generate_series(timestamptz '2026-01-01', '2026-12-01', '1 month') d)) as first_before, width_bucket(least(o.ends_at, o.discharged_at) - interval '1 microsecond', (select array_agg(d) from generate_series(timestamptz '2026-01-01', '2026-12-01', '1 month') d)) as before_stop from reporting_order o where o.force_id = :force and o.made_at <= :to and o.served_at <= :to) r group by 1,2;
select b.reporter_kind, (select i.check_outcome from breach_incident i where i.report_id = b.id order by i.number limit 1), case when b.crimed_at is null then 'NOT_CRIMED' when extract(epoch from (b.crimed_at - b.reported_at)) <= 86400 then 'WITHIN' else 'LATER' end, b.arrest_decision, b.outcome, count(*) from breach_report b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to group by 1,2,3,4,5;
select count(h0), percentile_cont(0.5) within group (order by h0), percentile_cont(0.9) within group (order by h0),
count(h3), percentile_cont(0.5) within group (order by h3), percentile_cont(0.9) within group (order by h3), count(*) filter (where h3 <= 24),
count(h4), percentile_cont(0.5) within group (order by h4), percentile_cont(0.9) within group (order by h4)
from (select case when b.responded_at is not null and b.response_kind='ATTENDANCE' then cast(extract(epoch from (b.responded_at - b.reported_at)) as double precision)/3600 end h0,
case when b.crimed_at is not null then cast(extract(epoch from (b.crimed_at - b.reported_at)) as double precision)/3600 end h3,
case when b.arrested_at is not null then cast(extract(epoch from (b.arrested_at - b.reported_at)) as double precision)/3600 end h4
from breach_report b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to) r;
select count(*) from (select b.victim_key from reporting_breach b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to and b.victim_key is not null group by b.victim_key having count(*) >= 2) r;
select count(*) from (select b.respondent_key from reporting_breach b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to and b.respondent_key is not null group by b.respondent_key having count(*) >= 2) r;
select o.district_id, count(*) from reporting_breach b left join reporting_order_district o on o.order_id = b.order_id where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to group by o.district_id;
select r.level, count(*) from reporting_risk r where r.force_id = :force and r.completed_at >= :from and r.completed_at < :to group by r.level;
select count(*) from reporting_risk r where r.force_id = :force and r.completed_at >= :from and r.completed_at < :to and r.marac_required;
select count(*) from reporting_risk r where r.force_id = :force and r.completed_at >= :from and r.completed_at < :to and r.marac_required and r.marac_referred_at is not null;
select case when t.status = 'DONE' and t.closed_at <= t.due_at then 'IN_TIME' when t.status = 'DONE' then 'LATE' when t.status = 'CANCELLED' then 'CANCELLED' when t.due_at < now() then 'OVERDUE' else 'NOT_YET_DUE' end, count(*) from reporting_safeguarding_task t where t.force_id = :force and t.kind = 'DISSEMINATION' and t.due_at >= :from and t.due_at < :to group by 1;
select case when t.status = 'DONE' and t.closed_at <= t.due_at then 'IN_TIME' when t.status = 'DONE' then 'LATE' when t.status = 'CANCELLED' then 'CANCELLED' when t.due_at < now() then 'OVERDUE' else 'NOT_YET_DUE' end, count(*) from reporting_safeguarding_task t where t.force_id = :force and t.kind = 'VICTIM_CONTACT' and t.due_at >= :from and t.due_at < :to group by 1;
select d.decision, count(*) from reporting_expiry_decision d where d.force_id = :force and d.decided_at >= :from and d.decided_at < :to group by d.decision;
select to_char(e.at at time zone 'Europe/London', 'YYYY-MM'), count(*) from (select received_at as at from reporting_notification n where n.force_id = :force and n.received_at >= :from and n.received_at < :to) e group by 1;
select to_char(e.at at time zone 'Europe/London', 'YYYY-MM'), count(*) from (select made_at as at from reporting_order o where o.force_id = :force and o.made_at >= :from and o.made_at < :to) e group by 1;
select to_char(e.at at time zone 'Europe/London', 'YYYY-MM'), count(*) from (select reported_at as at from reporting_breach b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to) e group by 1;
