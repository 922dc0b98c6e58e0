-- Five years of a large force, for the register list and report benchmarks (docs/benchmarks.md). Seeded: the same
-- rows every run. Run against an empty or test database that has the register's migrations:
--   psql -v orders=200000 -v breaches=150000 -v accesslog=10000000 -f bench/reporting-generate.sql <database>
-- It makes (or replaces) the force "bench" with six districts, and accounts poc.bench and analyst.bench (password as
-- poc.northshire's, "demo" in a test database). Running it again deletes that force's generated rows first.
\set ON_ERROR_STOP on
\if :{?orders} \else \set orders 200000 \endif
\if :{?breaches} \else \set breaches 150000 \endif
\if :{?accesslog} \else \set accesslog 10000000 \endif
\timing on

select setseed(0.42);

begin;
-- the force, its districts and two accounts
insert into force (id, code, name) values ('b0000000-0000-4000-8000-000000000001', 'bench', 'Bench Constabulary')
    on conflict (id) do nothing;
insert into district (id, force_id, code, name)
select ('b0000000-0000-4000-8000-00000000010' || d)::uuid, 'b0000000-0000-4000-8000-000000000001', 'bench-' || d,
       'Bench district ' || d
from generate_series(1, 6) d
on conflict (id) do nothing;
insert into user_account (id, username, display_name, password_hash, force_id)
select gen_random_uuid(), u || '.bench', u || ' of Bench', (select password_hash from user_account
    where username = 'poc.northshire'), 'b0000000-0000-4000-8000-000000000001'
from unnest(array['poc', 'analyst']) u
where not exists (select 1 from user_account where username = u || '.bench');
insert into user_account_role (user_account_id, role)
select id, case when username like 'poc.%' then 'POINT_OF_CONTACT' else 'ANALYST' end
from user_account where username in ('poc.bench', 'analyst.bench')
on conflict do nothing;

-- earlier runs' rows
alter table order_version disable trigger order_version_no_update;
delete from safeguarding_task where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from order_district_choice where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from risk_assessment where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from breach_incident where report_id in (select id from breach_report where force_id = 'b0000000-0000-4000-8000-000000000001');
delete from breach_report where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from liaison_request where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from marker where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from quality_review where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from notification where force_id = 'b0000000-0000-4000-8000-000000000001';
delete from order_version where order_id in (select id from protective_order where force_id = 'b0000000-0000-4000-8000-000000000001');
delete from protective_order where force_id = 'b0000000-0000-4000-8000-000000000001';
alter table order_version enable trigger order_version_no_update;
commit;

-- orders: made over the last five years, 6 to 12 months long (a tenth until further order), 85% served within 20 days
create temporary table bench_order as
select gen_random_uuid() as id, n,
       now() - (random() * interval '1826 days') as made_at,
       (array['NMO','NMO','NMO','NMO','NMO','NMO','NMO','NMO','RESTRAINING_ORDER','STALKING_PROTECTION_ORDER','OCCUPATION_ORDER','DAPO'])[1 + floor(random() * 12)::int] as order_type,
       (array['FORMER_SPOUSE','SPOUSE','COHABITANT','FORMER_COHABITANT','RELATIVE','INTIMATE_RELATIONSHIP','PARENTS_OF_SAME_CHILD','OTHER'])[1 + floor(random() * 8)::int] as relationship,
       (array['Leeds Family Court','Bradford Family Court','Sheffield Family Court','Manchester Family Court'])[1 + floor(random() * 4)::int] as court,
       random() as r_end, random() as r_served, random() as r_discharge, 1 + floor(random() * 6)::int as district
from generate_series(1, :orders) n;
alter table bench_order add column ends_at timestamptz, add column served_at timestamptz, add column discharged_at timestamptz;
update bench_order set
    ends_at = case when r_end < 0.1 then null else made_at + (180 + floor(r_end * 185)::int) * interval '1 day' end,
    served_at = case when r_served < 0.85 then made_at + (r_served * 20) * interval '1 day' end,
    discharged_at = case when r_discharge < 0.05 then made_at + (30 + r_discharge * 2000) * interval '1 hour' end;
create function pg_temp.iso(t timestamptz) returns text language sql immutable as
    $$ select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') $$;

insert into protective_order (id, force_id, court, court_key, case_number, case_number_key, order_type, made_at, ends_at, discharged_at, served_at, relationship,
                              latest_version, created_at, created_by)
select id, 'b0000000-0000-4000-8000-000000000001', court, lower(court), 'BN' || lpad(n::text, 8, '0'),
       'BN' || lpad(n::text, 8, '0'), order_type, made_at, ends_at, discharged_at, served_at, relationship, 1, made_at, 'bench'
from bench_order;
insert into order_version (order_id, version, change_kind, effective_from, recorded_at, recorded_by, details)
select id, 1, 'MADE', made_at, made_at, 'bench', jsonb_strip_nulls(jsonb_build_object(
        'court', court, 'caseNumber', 'BN' || lpad(n::text, 8, '0'), 'orderType', order_type,
        'madeAt', pg_temp.iso(made_at), 'withoutNotice', false,
        'duration', case when ends_at is null then 'UNTIL_FURTHER_ORDER' else 'UNTIL_DATE' end,
        'endsAt', pg_temp.iso(ends_at), 'penalNotice', true,
        'applicant', jsonb_build_object('name', 'Applicant ' || n), 'respondent', jsonb_build_object('name', 'Respondent ' || n),
        'relationship', relationship, 'dischargedAt', pg_temp.iso(discharged_at),
        'service', case when served_at is null then '[]'::jsonb
                        else jsonb_build_array(jsonb_build_object('servedAt', pg_temp.iso(served_at), 'method', 'PERSONAL')) end,
        'terms', jsonb_build_array(jsonb_build_object('number', 1, 'text', 'The respondent must not use or threaten violence against the applicant.'))))
from bench_order;
-- the versions' terms read as the register reads them: every version a real register records carries the stored
-- reading of its terms (order_version.clauses). SQL cannot read terms, so the reading is copied here from a version
-- the register itself read (the newest rules' reading of the same term), when the database has one; the versions
-- left unread, or read with older rules than the register's now, are read by the benchmark before the application
-- starts (ReportingBench, BenchTermsReading: the register's own reader, once per distinct set of terms, stored on
-- every version that has it). Without readings the application's start-up reads every live order's terms itself.
update order_version v set clauses = r.clauses, clauses_parser = r.clauses_parser, clauses_shape = r.clauses_shape,
                           clauses_read_at = now()
from (select clauses, clauses_parser, clauses_shape from order_version
      where clauses is not null and details -> 'terms' = '[{"text": "The respondent must not use or threaten violence against the applicant.", "number": 1}]'::jsonb
      order by clauses_parser desc limit 1) r
where v.clauses is null and v.order_id in (select id from bench_order);
insert into order_district_choice (order_id, force_id, district_id, chosen_by, chosen_at)
select id, 'b0000000-0000-4000-8000-000000000001', ('b0000000-0000-4000-8000-00000000010' || district)::uuid, 'bench', made_at
from bench_order;

-- a notification for every order (and a tenth more rejected), its quality review, safeguarding tasks
insert into notification (id, force_id, source, manual_origin, received_at, received_by, status, data, delivered,
                          order_id, order_version, decided_at, decided_by)
select gen_random_uuid(), 'b0000000-0000-4000-8000-000000000001', s, case when s = 'MANUAL' then 'VICTIM' end,
       made_at + interval '2 hours', 'bench', 'ACCEPTED', '{}'::jsonb, '{}'::jsonb, id, 1,
       made_at + interval '2 hours' + random() * interval '40 hours', 'bench'
from (select *, (array['COURT_FEED','COURT_FEED','EMAIL','UPLOAD','MANUAL'])[1 + floor(random() * 5)::int] s from bench_order) o;
insert into notification (id, force_id, source, received_at, received_by, status, data, delivered, rejection_reason,
                          decided_at, decided_by)
select gen_random_uuid(), 'b0000000-0000-4000-8000-000000000001', 'EMAIL', made_at, 'bench', 'REJECTED', '{}'::jsonb,
       '{}'::jsonb, 'not an order', made_at + random() * interval '30 hours', 'bench'
from bench_order where n % 10 = 0;
insert into quality_review (order_id, version, force_id, status, findings, error_count, assured_by, assured_at, created_at)
select id, 1, 'b0000000-0000-4000-8000-000000000001',
       case when made_at > now() - interval '3 days' then 'PENDING_QA' else 'QUALITY_ASSURED' end, '[]'::jsonb, 0,
       'bench', case when made_at <= now() - interval '3 days' then made_at + random() * interval '60 hours' end, made_at
from bench_order;
-- the markers a quality-assured order is given (flags module, MarkerPlan): the respondent as subject and the
-- applicant as a protected person (the one term names no place, so no place marker), raised when the version was
-- assured, ending when the order ends or is discharged, and withdrawn then if that is past, as the flags module's
-- withdrawal job does. A real force's register has them, and the control room's lookup starts from them: an order
-- never marked is read and held as not yet checked at start-up instead. No outbox rows (marker_export): those are
-- the receiving systems' business, long acknowledged in a five-year-old register.
insert into marker (id, force_id, order_id, order_version, kind, marker_key, person_name, party_role, confidential,
                    raised_at, expires_at, withdrawn_at, withdrawal, end_version)
select gen_random_uuid(), 'b0000000-0000-4000-8000-000000000001', o.id, 1, m.kind,
       m.kind || '|' || m.role || '|' || lower(m.name) || '|null|', m.name, m.role, false, q.assured_at, e.ends,
       case when e.ends <= now() then greatest(e.ends, q.assured_at) end,
       case when e.ends > now() then null when o.discharged_at = e.ends then 'DISCHARGED' else 'EXPIRED' end, 1
from bench_order o
join quality_review q on q.order_id = o.id and q.version = 1 and q.status = 'QUALITY_ASSURED'
cross join lateral (select least(o.ends_at, o.discharged_at) as ends) e
cross join lateral (values ('SUBJECT', 'RESPONDENT', 'Respondent ' || o.n),
                           ('PROTECTED_PERSON', 'APPLICANT', 'Applicant ' || o.n)) m(kind, role, name);
insert into safeguarding_task (id, force_id, order_id, order_version, kind, dedupe_key, status, district_id, due_at,
                               created_at, closed_at)
select gen_random_uuid(), 'b0000000-0000-4000-8000-000000000001', id, 1, k, 'bench:' || k,
       case when random() < 0.9 then 'DONE' else 'CANCELLED' end, null, made_at + interval '3 days', made_at,
       made_at + random() * interval '4 days'
from bench_order, unnest(array['DISSEMINATION', 'VICTIM_CONTACT']) k;
insert into liaison_request (id, force_id, order_id, order_version, kind, status, subject, body, raised_by, raised_at,
                             due_at, response, responded_at)
select gen_random_uuid(), 'b0000000-0000-4000-8000-000000000001', id, 1,
       (array['MISSING_DATA','CLARIFY_WORDING','CONFIRM_CURRENT','CONFIRM_SERVICE'])[1 + floor(random() * 4)::int],
       'ANSWERED', 'bench', 'bench', 'bench', made_at + interval '1 day', made_at + interval '8 days', 'answered',
       made_at + interval '1 day' + random() * interval '10 days'
from bench_order where n % 10 = 1;

-- breaches against the orders, each with one incident, and a risk assessment for two in three
create temporary table bench_breach as
select gen_random_uuid() as id, o.id as order_id, o.n as order_n,
       least(now(), o.made_at + random() * interval '300 days') as reported_at, random() as r
from (select 1 + floor(random() * :orders)::int as pick from generate_series(1, :breaches)) b
join bench_order o on o.n = b.pick;
insert into breach_report (id, force_id, reference, order_id, reported_at, recorded_at, recorded_by, reporter_kind,
                           protected_person, respondent_name, domestic_abuse, crimed_at, response_kind, responded_at,
                           arrest_decision, arrested_at, outcome, outcome_at)
select id, 'b0000000-0000-4000-8000-000000000001', 'BB-' || left(id::text, 20), order_id, reported_at, reported_at,
       'bench', (array['OFFICER','CONTROL_ROOM','PARTNER_AGENCY','VICTIM','WITNESS'])[1 + floor(r * 5)::int],
       'Applicant ' || order_n, 'Respondent ' || order_n, true,
       case when r < 0.85 then reported_at + (r * 40) * interval '1 hour' end,
       'ATTENDANCE', reported_at + (r * 3) * interval '1 hour',
       (array['ARRESTED','NOT_ARRESTED','SUSPECT_NOT_LOCATED'])[1 + floor(random() * 3)::int],
       case when r < 0.33 then reported_at + interval '6 hours' end,
       (array['CHARGED','CAUTIONED','NO_FURTHER_ACTION','CONTEMPT_APPLICATION'])[1 + floor(random() * 4)::int],
       reported_at + interval '30 days'
from bench_breach;
insert into breach_incident (id, report_id, number, occurred_from, direct, via_third_party, description,
                             check_outcome, check_blockers, check_result, checked_at)
select gen_random_uuid(), id, 1, reported_at - interval '1 hour', true, false, 'bench',
       (array['LIKELY_BREACH','POSSIBLE_BREACH','NOT_COVERED'])[1 + floor(random() * 3)::int], '', '{}'::jsonb, reported_at
from bench_breach;
-- each incident's one conduct (V75 keeps an incident's conducts in their own table)
insert into breach_incident_conduct (incident_id, position, conduct, channel)
select i.id, 1, 'CONTACT', 'PHONE' from breach_incident i join bench_breach b on b.id = i.report_id;
insert into risk_assessment (id, force_id, source_type, source_id, order_id, victim_name, reason, earlier_breaches,
                             question_set, question_set_version, opened_at, opened_by, completed_at, completed_by,
                             score, level, marac_required, marac_referred_at, escalated)
select gen_random_uuid(), 'b0000000-0000-4000-8000-000000000001', 'BREACH', id, order_id, 'bench', 'bench', 0, 'DASH',
       '2009', reported_at, 'bench', reported_at + interval '1 day', 'bench', floor(r * 20)::int,
       case when r > 0.7 then 'HIGH' when r > 0.35 then 'MEDIUM' else 'STANDARD' end, r > 0.7,
       case when r > 0.75 then reported_at + interval '2 days' end, false
from bench_breach where r < 0.66 or r > 0.7;

-- the access log: reads and changes spread over the five years
insert into access_log (id, at, username, force_id, force_code, action, subject_type, subject_id, reason, detail)
select gen_random_uuid(), now() - random() * interval '1826 days', 'poc.bench',
       'b0000000-0000-4000-8000-000000000001', 'bench', 'VIEW', 'order', gen_random_uuid()::text, null, 'bench'
from generate_series(1, :accesslog);

-- vacuumed as well as analysed, as autovacuum keeps a live database: the bulk inserts and updates above leave the
-- visibility map unset, and the figures' index-only scans would then read the table for every row (a year's breach
-- counts took 1 s instead of 14 ms before this). Run outside a transaction (psql -f runs each statement on its own).
vacuum analyze protective_order; vacuum analyze order_version; vacuum analyze notification;
vacuum analyze breach_report; vacuum analyze breach_incident; vacuum analyze risk_assessment;
vacuum analyze safeguarding_task; vacuum analyze quality_review; vacuum analyze marker;
vacuum analyze liaison_request; vacuum analyze order_district_choice; vacuum analyze order_victim_district;
vacuum analyze access_log;
