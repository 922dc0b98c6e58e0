-- V95: two of the report's passes read more than their period (docs/reporting.md, "How the counts are kept fast").
--
-- "Orders in force at each month's end" read every order the force ever had, whatever the period: an order stopped
-- (ended or discharged) before the period's first month end is in force at none of them, but nothing let the pass
-- skip it. The stop is least(end, discharge), never stopped when both are null, so it is indexed as that expression
-- with infinity for "never"; the pass asks for the orders whose stop is after the first month end (the same
-- expression, word for word, so PostgreSQL uses the index) and reads the two instants it needs from the index.
-- At 200,000 orders the month's report reads 45,000 of them instead of 200,000.
create index protective_order_force_stop_idx
    on protective_order (force_id, (coalesce(least(ends_at, discharged_at), 'infinity'::timestamptz)))
    include (made_at, served_at);

-- "Repeat victims and respondents" grouped the period's breach reports by their one-way key (V80) in a hash table:
-- for three years' 100,000 reports, two hash tables of 25,000 keys each, spilling to disk with the default work_mem.
-- Read in key order from these indexes, each key's reports are counted as they come, with nothing to hash or sort.
create index breach_report_force_victim_key_idx on breach_report (force_id, victim_key) include (reported_at);
create index breach_report_force_respondent_key_idx on breach_report (force_id, respondent_key) include (reported_at);
