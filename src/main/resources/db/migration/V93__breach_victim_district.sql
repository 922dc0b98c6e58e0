-- V93: the victim district kept on each breach report, for the reports (docs/reporting.md, "How the district is
-- kept"). "Breaches reported, by district" joined the period's breaches with every order's kept district (a hash of
-- all 200,000 rows of order_victim_district for a year's 42,000 breaches), and a district's report joined each of
-- its breach statements with the same table; the breach figures index could not answer either alone.
--
-- The district is the order's (order_victim_district, V78, itself kept from safeguarding's tables), so it is copied
-- onto the report in the same transaction by two triggers: a row trigger on breach_report when a report is recorded
-- or its order changes, and a statement trigger on order_victim_district when an order's district is set, changed or
-- cleared (a new briefing, a choice, a transfer, a disposal, a district deleted). The breaches module's code neither
-- reads nor writes the column (its entity does not map it).

alter table breach_report add column victim_district_id uuid;
comment on column breach_report.victim_district_id is 'The victim district of the report''s order, as order_victim_district keeps it (V78); null when the order has none or there is no order. Kept by triggers (V93) for reporting; never written by the breaches module.';

-- a report recorded, or moved to another order: its order's district now
create function breach_report_district_of_order() returns trigger language plpgsql as $$
begin
    new.victim_district_id := (select d.district_id from order_victim_district d where d.order_id = new.order_id);
    return new;
end
$$;
create trigger breach_report_district_insert before insert on breach_report
    for each row execute function breach_report_district_of_order();
create trigger breach_report_district_order_changed before update of order_id on breach_report
    for each row when (new.order_id is distinct from old.order_id) execute function breach_report_district_of_order();

-- an order's district set, changed or cleared: its reports follow, one statement whatever the number of rows
create function breach_report_district_refresh(orders uuid[]) returns void language sql as $$
    update breach_report b
    set victim_district_id = (select d.district_id from order_victim_district d where d.order_id = b.order_id)
    where b.order_id = any(orders)
      and b.victim_district_id is distinct from (select d.district_id from order_victim_district d
                                                 where d.order_id = b.order_id)
$$;
comment on function breach_report_district_refresh(uuid[]) is 'Recomputes breach_report.victim_district_id for the reports of the orders given (V93).';

create function breach_report_district_from_orders() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform breach_report_district_refresh(array(select order_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform breach_report_district_refresh(array(select order_id from old_rows));
    else
        perform breach_report_district_refresh(array(select order_id from new_rows
                                                     union select order_id from old_rows));
    end if;
    return null;
end
$$;
create trigger breach_report_district_from_insert after insert on order_victim_district
    referencing new table as new_rows for each statement execute function breach_report_district_from_orders();
create trigger breach_report_district_from_update after update on order_victim_district
    referencing old table as old_rows new table as new_rows for each statement
    execute function breach_report_district_from_orders();
create trigger breach_report_district_from_delete after delete on order_victim_district
    referencing old table as old_rows for each statement execute function breach_report_district_from_orders();

-- every report whose order has a district today
update breach_report b set victim_district_id = d.district_id
from order_victim_district d
where d.order_id = b.order_id;

-- The breach figures index carries it, so a district's breach figures and the breakdown by district read the index
-- alone.
drop index if exists breach_report_force_reported_figures_idx;
create index breach_report_force_reported_figures_idx on breach_report (force_id, reported_at)
    include (order_id, reporter_kind, first_check_outcome, crimed_at, crimed_hours, response_kind, responded_hours,
             arrest_decision, arrested_hours, outcome, victim_key, respondent_key, victim_district_id);

-- The view keeps its columns and gains the kept district at the end.
create or replace view reporting_breach as
select b.id as breach_id, b.force_id, b.order_id, b.reported_at, b.reporter_kind, b.crimed_at, b.response_kind,
       b.responded_at, b.arrest_decision, b.arrested_at, b.outcome, b.outcome_at,
       b.victim_key,
       b.respondent_key,
       b.first_check_outcome as check_outcome,
       b.responded_hours, b.crimed_hours, b.arrested_hours,
       b.victim_district_id as district_id
from breach_report b;
comment on view reporting_breach is 'Each breach report''s kinds, times, durations in hours and outcome, the first incident''s check outcome (kept on the report, V87), one-way keys for counting repeat victims and respondents (V80), and its order''s victim district (kept on the report, V93). No name, no place, no text.';
