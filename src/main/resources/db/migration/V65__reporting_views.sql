-- V65: the reporting module's window on the register. Reporting reads other modules' tables ONLY through these
-- read-only views, which it owns: each names the columns a figure or a list needs and nothing else (no free text, no
-- address, no contact detail). A module that changes a table it owns changes the view here in the same migration, and
-- the reporting tests fail loudly if a column goes. Names appear only in reporting_order (the register list, for
-- casework roles); the figures for analysts are computed from views with no name in them (repeat victims and
-- respondents are counted from a one-way key, never the name).

-- An instant as the orders module stores it in a version's JSON (an ISO string), or null when absent or not a string.
create function reporting_instant(value jsonb) returns timestamptz language sql stable as $$
    select case when jsonb_typeof(value) = 'string' then (value #>> '{}')::timestamptz end
$$;
comment on function reporting_instant(jsonb) is 'Reads an ISO instant from a version''s JSON for the reporting views; null when there is none.';

-- The order as its latest version states it, with the instants its status turns on, read the way
-- orders.OrderStatusRule.timeline() reads them: the end by its own terms (until a date; until the return hearing, its
-- listed time; a DAPN 48 hours after it was made), the discharge, and the first service or awareness known.
create view reporting_order as
select o.id                                   as order_id,
       o.force_id,
       o.court,
       o.court_key,
       o.case_number,
       o.order_type,
       o.made_at,
       o.latest_version,
       case
           when v.details ->> 'duration' = 'UNTIL_FURTHER_ORDER' then
               case when o.order_type = 'DAPN' then o.made_at + interval '48 hours' end
           when v.details ->> 'duration' = 'UNTIL_NEXT_HEARING' then
               coalesce(reporting_instant(v.details -> 'returnHearing' -> 'at'), reporting_instant(v.details -> 'endsAt'))
           else reporting_instant(v.details -> 'endsAt')
       end                                    as ends_at,
       reporting_instant(v.details -> 'dischargedAt') as discharged_at,
       (select min(reporting_instant(s -> 'servedAt'))
        from jsonb_array_elements(case when jsonb_typeof(v.details -> 'service') = 'array'
                                       then v.details -> 'service' else '[]'::jsonb end) s) as served_at,
       v.details ->> 'relationship'           as relationship,
       left(v.details -> 'respondent' ->> 'name', 300) as respondent_name,
       left(v.details -> 'applicant' ->> 'name', 300)  as applicant_name,
       coalesce(
           (select t.district_id from safeguarding_task t
            where t.order_id = o.id and t.kind = 'DISSEMINATION' and t.district_id is not null
              and t.dedupe_key like '%:victim:%'
            order by t.order_version desc, t.created_at desc limit 1),
           (select c.district_id from order_district_choice c where c.order_id = o.id)) as district_id
from protective_order o
join order_version v on v.order_id = o.id and v.version = o.latest_version;
comment on view reporting_order is 'Reporting''s read of each order (orders'' tables, with the victim district safeguarding briefed): the register list and the register figures. Read-only.';

create view reporting_order_version as
select v.order_id, o.force_id, v.version, v.change_kind, v.effective_from, v.recorded_at
from order_version v join protective_order o on o.id = v.order_id;
comment on view reporting_order_version is 'Each version''s kind and times (made, varied, extended, discharged, served, corrected): no content.';

create view reporting_notification as
select n.id as notification_id, n.force_id, n.source, n.status, n.received_at, n.decided_at, n.order_id,
       n.order_version
from notification n;
comment on view reporting_notification is 'Each notification''s channel, state and times, and the order version it became: no content.';

create view reporting_quality as
select q.order_id, q.version, q.force_id, q.status, q.created_at, q.assured_at
from quality_review q;
comment on view reporting_quality is 'Each order version''s quality assurance: its state and when it was assured.';

create view reporting_flag as
select m.order_id, m.order_version, min(m.raised_at) as first_raised_at
from marker m group by m.order_id, m.order_version;
comment on view reporting_flag is 'When the first marker for each order version was raised: no name, no place.';

create view reporting_liaison as
select l.id as request_id, l.force_id, l.order_id, l.kind, l.status, l.raised_at, l.due_at, l.responded_at
from liaison_request l;
comment on view reporting_liaison is 'Each request to a court: its kind, state and times. No letter text, no reply.';

-- Repeat victims and respondents are counted by a one-way key of the lower-cased name, so the view never carries a
-- name; the key is only ever grouped and counted, never shown.
create view reporting_breach as
select b.id as breach_id, b.force_id, b.order_id, b.reported_at, b.reporter_kind, b.crimed_at, b.response_kind,
       b.responded_at, b.arrest_decision, b.arrested_at, b.outcome, b.outcome_at,
       case when b.protected_person is not null
            then md5(b.force_id::text || ':' || lower(regexp_replace(b.protected_person, '\s+', ' ', 'g'))) end as victim_key,
       case when b.respondent_name is not null
            then md5(b.force_id::text || ':' || lower(regexp_replace(b.respondent_name, '\s+', ' ', 'g'))) end as respondent_key,
       (select i.check_outcome from breach_incident i where i.report_id = b.id order by i.number limit 1) as check_outcome
from breach_report b;
comment on view reporting_breach is 'Each breach report''s kinds, times and outcome, the first incident''s check outcome, and one-way keys for counting repeat victims and respondents. No name, no place, no text.';

create view reporting_risk as
select r.id as assessment_id, r.force_id, r.order_id, r.opened_at, r.completed_at, r.level, r.marac_required,
       r.marac_referred_at
from risk_assessment r;
comment on view reporting_risk is 'Each DASH assessment''s level and MARAC referral, and their times. No answers, no victim.';

create view reporting_safeguarding_task as
select t.id as task_id, t.force_id, t.order_id, t.kind, t.status, t.district_id, t.created_at, t.due_at, t.closed_at
from safeguarding_task t;
comment on view reporting_safeguarding_task is 'Each safeguarding task''s kind, state, district and times. No subject, no outcome text.';

create view reporting_expiry_decision as
select d.force_id, d.order_id, d.decision, d.decided_at
from safeguarding_expiry_decision d;
comment on view reporting_expiry_decision is 'What was decided before each order''s end, and when. No note.';

-- The indexes the register list and the figures use at a large force's scale (docs/benchmarks.md).
create index if not exists protective_order_force_made_idx on protective_order (force_id, made_at desc);
create index if not exists notification_force_received_idx on notification (force_id, received_at);
create index if not exists quality_review_order_status_idx on quality_review (order_id, status);
create index if not exists safeguarding_task_order_kind_idx on safeguarding_task (order_id, kind);
create index if not exists risk_assessment_force_opened_idx on risk_assessment (force_id, opened_at);
create index if not exists liaison_request_force_raised_idx on liaison_request (force_id, raised_at);
create index if not exists breach_incident_report_number_idx on breach_incident (report_id, number);
