-- The cost of V96's statement triggers on marker, in one transaction that is rolled back (nothing is kept): 2,000
-- orders with two notifications each, 20,000 markers raised in one statement, moved to version 2 in one, then
-- withdrawn (no version moves) in one; EXPLAIN ANALYZE reports each trigger's time. For V88's figures the same script
-- was run with V96's two triggers dropped and V88's function and triggers (V88, "a marker raised, changed or removed")
-- created in their place, inside the transaction. Run: psql -h 127.0.0.1 -U postgres -d <db> -q -f this file.
\timing off
begin;
create temp table o as select gen_random_uuid() as id, g from generate_series(1, 2000) g;
insert into protective_order (id, force_id, court, court_key, case_number, case_number_key, order_type, made_at, latest_version, created_at, created_by)
select o.id, (select id from force limit 1), 'Bench', 'bench', 'B' || o.g, 'b' || o.g, 'NMO', now(), 2, now(), 'bench' from o;
insert into notification (id, force_id, source, received_at, received_by, status, data, delivered, order_id, order_version, decided_at, decided_by)
select gen_random_uuid(), (select id from force limit 1), 'COURT_FEED', now() - interval '1 day', 'b', 'ACCEPTED', '{}', '{}', o.id, v, now(), 'b' from o, generate_series(1,2) v;
\echo '--- raise 20000 markers (version 1), one statement'
explain (analyze, costs off, summary off) insert into marker (id, force_id, order_id, order_version, kind, marker_key, raised_at)
select gen_random_uuid(), (select id from force limit 1), o.id, 1, 'SUBJECT', 'k' || k, now() from o, generate_series(1,10) k;
\echo '--- move them to version 2'
explain (analyze, costs off, summary off) update marker set order_version = 2 where order_id in (select id from o);
\echo '--- withdraw them (no version moves)'
explain (analyze, costs off, summary off) update marker set withdrawn_at = now() where order_id in (select id from o);
rollback;
