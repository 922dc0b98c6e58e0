-- V80: the one-way keys that count repeat victims and respondents (reporting_breach, V65) kept on the breach report as
-- stored generated columns, with an index that carries every column the breach figures count by.
--
-- The view computed md5(force : lower-cased name with spaces collapsed) for every breach of the period on every
-- report: at 100,000 breaches in three years that alone was 1.5 s of regular-expression and hash work per figure.
-- A generated column is computed by PostgreSQL when the row is written and again whenever a name or the force changes
-- (a rectification, a transfer), with the same expression, so the key can never disagree with the name; it goes with
-- the row on disposal. The breaches module's code neither reads nor writes it (the entity does not map it). The key
-- is still only grouped and counted, never shown.

alter table breach_report add column victim_key text generated always as (
    case when protected_person is not null
         then md5(force_id::text || ':' || lower(regexp_replace(protected_person, '\s+', ' ', 'g'))) end) stored;
alter table breach_report add column respondent_key text generated always as (
    case when respondent_name is not null
         then md5(force_id::text || ':' || lower(regexp_replace(respondent_name, '\s+', ' ', 'g'))) end) stored;
comment on column breach_report.victim_key is 'One-way key of the protected person''s name within the force, for counting repeat victims (reporting). Generated; never shown.';
comment on column breach_report.respondent_key is 'One-way key of the respondent''s name within the force, for counting repeat respondents (reporting). Generated; never shown.';

-- Every breach figure is over the reports made in a period: the index carries what they count by.
create index breach_report_force_reported_figures_idx on breach_report (force_id, reported_at)
    include (order_id, reporter_kind, crimed_at, response_kind, responded_at, arrest_decision, arrested_at, outcome,
             victim_key, respondent_key);

-- The view, the same columns in the same order, reading the kept keys.
create or replace view reporting_breach as
select b.id as breach_id, b.force_id, b.order_id, b.reported_at, b.reporter_kind, b.crimed_at, b.response_kind,
       b.responded_at, b.arrest_decision, b.arrested_at, b.outcome, b.outcome_at,
       b.victim_key,
       b.respondent_key,
       (select i.check_outcome from breach_incident i where i.report_id = b.id order by i.number limit 1) as check_outcome
from breach_report b;
comment on view reporting_breach is 'Each breach report''s kinds, times and outcome, the first incident''s check outcome, and one-way keys for counting repeat victims and respondents (kept on the report, V80). No name, no place, no text.';

-- The check outcome of each report's first incident (the view's one subquery): read from the index alone, one probe a
-- report, instead of a table page per report (2.9 s for three years' 100,000 breaches on a loaded machine).
create index breach_incident_report_number_check_idx on breach_incident (report_id, number) include (check_outcome);
drop index if exists breach_incident_report_number_idx;
