-- V87: the reports read what they count from one narrow index per table, with every duration already worked out
-- (docs/benchmarks.md, "Register list and reports"; docs/reporting.md, "How the counts are kept fast").
--
-- At 200,000 orders and 150,000 breaches a year's report spent its time not in counting but in reading: the breach
-- figures looked up each report's first incident (one index probe per breach, 42,000 a year) and so read the table's
-- pages instead of its figures index, and every time figure worked out each duration row by row
-- (extract(epoch from later - earlier), a numeric). Here:
--
-- * each duration a report uses whose two instants are on one row is a stored generated column, in hours, computed
--   with exactly the expression the reports used (the seconds cast to a double, divided by 3600), so every
--   percentile is the one it was; PostgreSQL recomputes it whenever either instant changes, so it cannot disagree,
--   and the owning modules' code neither reads nor writes it (their entities do not map it);
-- * the outcome of each breach report's first incident is kept on the report (first_check_outcome), by a statement
--   trigger on breach_incident (whatever writes incidents: a report, a further incident, a correction, disposal), with
--   the rule the view reporting_breach had (the incident numbered lowest);
-- * the figures indexes carry those columns, so the breach and intake figures are index-only scans.

-- Intake: receipt to the decision (triage; acceptance is the same span for the accepted).
alter table notification add column decided_hours double precision generated always as (
    cast(extract(epoch from (decided_at - received_at)) as double precision) / 3600) stored;
comment on column notification.decided_hours is 'Hours from receipt to the decision (reporting''s triage and acceptance times). Generated; never written.';

-- Breaches: report to first response, to crime recorded, to arrest.
alter table breach_report
    add column responded_hours double precision generated always as (
        cast(extract(epoch from (responded_at - reported_at)) as double precision) / 3600) stored,
    add column crimed_hours double precision generated always as (
        cast(extract(epoch from (crimed_at - reported_at)) as double precision) / 3600) stored,
    add column arrested_hours double precision generated always as (
        cast(extract(epoch from (arrested_at - reported_at)) as double precision) / 3600) stored,
    add column first_check_outcome varchar(20);
comment on column breach_report.responded_hours is 'Hours from the report to the first response (reporting). Generated; never written.';
comment on column breach_report.crimed_hours is 'Hours from the report to the crime being recorded (reporting). Generated; never written.';
comment on column breach_report.arrested_hours is 'Hours from the report to the arrest (reporting). Generated; never written.';
comment on column breach_report.first_check_outcome is 'The check outcome of the report''s first incident (lowest number), kept by the trigger breach_report_first_check_* on breach_incident (V87) for reporting. The breaches module''s code does not map it.';

-- Courts: request to answer.
alter table liaison_request add column responded_hours double precision generated always as (
    cast(extract(epoch from (responded_at - raised_at)) as double precision) / 3600) stored;
comment on column liaison_request.responded_hours is 'Hours from the request to the court''s answer (reporting). Generated; never written.';

create function breach_report_first_check_refresh(reports uuid[]) returns void language sql as $$
    update breach_report b
    set first_check_outcome = (select i.check_outcome from breach_incident i where i.report_id = b.id
                               order by i.number limit 1)
    where b.id = any(reports)
      and b.first_check_outcome is distinct from (select i.check_outcome from breach_incident i
                                                 where i.report_id = b.id order by i.number limit 1)
$$;
comment on function breach_report_first_check_refresh(uuid[]) is 'Recomputes breach_report.first_check_outcome for the reports given (V87).';

create function breach_report_first_check_from_incidents() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform breach_report_first_check_refresh(array(select distinct report_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform breach_report_first_check_refresh(array(select distinct report_id from old_rows));
    else
        perform breach_report_first_check_refresh(array(select report_id from new_rows
                                                        union select report_id from old_rows));
    end if;
    return null;
end
$$;
create trigger breach_report_first_check_insert after insert on breach_incident
    referencing new table as new_rows for each statement execute function breach_report_first_check_from_incidents();
create trigger breach_report_first_check_update after update on breach_incident
    referencing old table as old_rows new table as new_rows for each statement
    execute function breach_report_first_check_from_incidents();
create trigger breach_report_first_check_delete after delete on breach_incident
    referencing old table as old_rows for each statement execute function breach_report_first_check_from_incidents();

-- every report that has an incident today
update breach_report b set first_check_outcome = f.check_outcome
from (select distinct on (report_id) report_id, check_outcome from breach_incident order by report_id, number) f
where f.report_id = b.id;

-- The figures indexes, carrying the kept columns instead of the instants they replace.
drop index if exists breach_report_force_reported_figures_idx;
create index breach_report_force_reported_figures_idx on breach_report (force_id, reported_at)
    include (order_id, reporter_kind, first_check_outcome, crimed_at, crimed_hours, response_kind, responded_hours,
             arrest_decision, arrested_hours, outcome, victim_key, respondent_key);
-- (the notifications' figures index is rebuilt in V88, with the steps it keeps)
create index liaison_request_force_raised_figures_idx on liaison_request (force_id, raised_at)
    include (kind, status, responded_hours, order_id);

-- The views keep their columns (reporting's queries and tests read them) and gain the kept ones at the end; the
-- first incident's outcome is read from the report.
create or replace view reporting_breach as
select b.id as breach_id, b.force_id, b.order_id, b.reported_at, b.reporter_kind, b.crimed_at, b.response_kind,
       b.responded_at, b.arrest_decision, b.arrested_at, b.outcome, b.outcome_at,
       b.victim_key,
       b.respondent_key,
       b.first_check_outcome as check_outcome,
       b.responded_hours, b.crimed_hours, b.arrested_hours
from breach_report b;
comment on view reporting_breach is 'Each breach report''s kinds, times, durations in hours and outcome, the first incident''s check outcome (kept on the report, V87), and one-way keys for counting repeat victims and respondents (V80). No name, no place, no text.';

create or replace view reporting_notification as
select n.id as notification_id, n.force_id, n.source, n.status, n.received_at, n.decided_at, n.order_id,
       n.order_version, n.decided_hours
from notification n;

create or replace view reporting_liaison as
select l.id as request_id, l.force_id, l.order_id, l.kind, l.status, l.raised_at, l.due_at, l.responded_at,
       l.responded_hours
from liaison_request l;
