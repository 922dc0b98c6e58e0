-- The SQL of one year's whole-force report of the force "bench" (bench/reporting-generate.sql), as Reports issued it after V87/V88
-- (docs/benchmarks.md, "Kept durations"). Parameters inlined; the month ends of "in force" are 2026's. Time with:
--   time psql -h 127.0.0.1 -U postgres -qf bench/reporting-statements-after.sql nmo_h2big > /dev/null
\set force '''b0000000-0000-4000-8000-000000000001'''
\set from '''2025-12-05'''
\set to '''2026-12-05 06:00'''
select n.source, to_char(n.received_at at time zone 'Europe/London', 'YYYY-MM'), count(*) from reporting_notification n where n.force_id = :force and n.received_at >= :from and n.received_at < :to group by 1, 2;
select count(h0), percentile_cont(0.5) within group (order by h0), percentile_cont(0.9) within group (order by h0), count(*) filter (where h0 <= 24),
count(h1), percentile_cont(0.5) within group (order by h1), percentile_cont(0.9) within group (order by h1), count(*) filter (where h1 <= 24),
count(h2), percentile_cont(0.5) within group (order by h2), percentile_cont(0.9) within group (order by h2), count(*) filter (where h2 <= 48),
count(h3), percentile_cont(0.5) within group (order by h3), percentile_cont(0.9) within group (order by h3), count(*) filter (where h3 <= 72)
from (select case when n.decided_hours is not null then n.decided_hours end h0,
 case when n.decided_hours is not null and n.status='ACCEPTED' then n.decided_hours end h1,
 case when n.qa_hours is not null then n.qa_hours end h2,
 case when n.flags_hours is not null then n.flags_hours end h3
 from reporting_notification n where n.force_id = :force and n.received_at >= :from and n.received_at < :to) r;
select l.kind, l.status, count(*) from reporting_liaison l where l.force_id = :force and l.raised_at >= :from and l.raised_at < :to group by l.kind, l.status;
select count(h0), percentile_cont(0.5) within group (order by h0) from (select case when l.responded_hours is not null and l.kind='MISSING_DATA' then l.responded_hours end h0 from reporting_liaison l where l.force_id = :force and l.raised_at >= :from and l.raised_at < :to) r;
select o.order_type, o.relationship, case when o.served_at is null then 'NOT_SERVED' when o.served_at <= o.made_at + make_interval(days => 7) then 'WITHIN' else 'LATER' end, to_char(o.made_at at time zone 'Europe/London', 'YYYY-MM'), count(*) from reporting_order o where o.force_id = :force and o.made_at >= :from and o.made_at < :to group by 1, 2, 3, 4;
select v.change_kind, count(*) from reporting_order_version v where v.force_id = :force and v.change_kind in ('VARIATION', 'EXTENSION', 'DISCHARGE') and v.effective_from >= :from and v.effective_from < :to group by 1;
select count(*) from reporting_order o where o.force_id = :force and o.ends_at >= :from and o.ends_at < :to and o.ends_at <= now() and (o.discharged_at is null or o.discharged_at > o.ends_at);
select r.first_before, r.before_stop, count(*) from (select width_bucket(greatest(o.made_at, o.served_at) - interval '1 microsecond', (select array_agg(d) from generate_series(timestamptz '2026-01-01', '2026-12-01', '1 month') d)) as first_before, width_bucket(least(o.ends_at, o.discharged_at) - interval '1 microsecond', (select array_agg(d) from generate_series(timestamptz '2026-01-01', '2026-12-01', '1 month') d)) as before_stop from reporting_order o where o.force_id = :force and o.made_at <= :to and o.served_at <= :to) r group by 1,2;
select b.reporter_kind, b.check_outcome, case when b.crimed_at is null then 'NOT_CRIMED' when b.crimed_at <= b.reported_at + make_interval(secs => 86400) then 'WITHIN' else 'LATER' end, b.arrest_decision, b.outcome, to_char(b.reported_at at time zone 'Europe/London', 'YYYY-MM'), count(*) from reporting_breach b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to group by 1,2,3,4,5,6;
select count(h0), percentile_cont(0.5) within group (order by h0), percentile_cont(0.9) within group (order by h0),
count(h3), percentile_cont(0.5) within group (order by h3), percentile_cont(0.9) within group (order by h3), count(*) filter (where h3 <= 24),
count(h4), percentile_cont(0.5) within group (order by h4), percentile_cont(0.9) within group (order by h4)
from (select case when b.responded_hours is not null and b.response_kind='ATTENDANCE' then b.responded_hours end h0,
case when b.crimed_hours is not null then b.crimed_hours end h3,
case when b.arrested_hours is not null then b.arrested_hours end h4
from reporting_breach b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to) r;
select (select count(*) from (select b.victim_key from reporting_breach b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to and b.victim_key is not null group by b.victim_key having count(*) >= 2) r), (select count(*) from (select b.respondent_key from reporting_breach b where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to and b.respondent_key is not null group by b.respondent_key having count(*) >= 2) r);
select o.district_id, count(*) from reporting_breach b left join reporting_order_district o on o.order_id = b.order_id where b.force_id = :force and b.reported_at >= :from and b.reported_at < :to group by o.district_id;
select r.level, count(*) from reporting_risk r where r.force_id = :force and r.completed_at >= :from and r.completed_at < :to group by r.level;
select count(*) filter (where r.marac_required), count(*) filter (where r.marac_required and r.marac_referred_at is not null) from reporting_risk r where r.force_id = :force and r.completed_at >= :from and r.completed_at < :to;
select t.kind, case when t.status = 'DONE' and t.closed_at <= t.due_at then 'IN_TIME' when t.status = 'DONE' then 'LATE' when t.status = 'CANCELLED' then 'CANCELLED' when t.due_at < now() then 'OVERDUE' else 'NOT_YET_DUE' end, count(*) from reporting_safeguarding_task t where t.force_id = :force and t.kind in ('DISSEMINATION', 'VICTIM_CONTACT') and t.due_at >= :from and t.due_at < :to group by 1, 2;
select d.decision, count(*) from reporting_expiry_decision d where d.force_id = :force and d.decided_at >= :from and d.decided_at < :to group by d.decision;
