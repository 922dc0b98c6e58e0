-- V97: risk assessments found by their order. Every other module's records of a case are indexed by order, but
-- risk_assessment was not, so each question asked by order read the whole table: the retention sweep's batch of the
-- cases' risk facts (risk.internal.RiskPersonalRecords.facts, keyset by order: "order_id > ? group by order_id order
-- by order_id limit ?", one whole-table read a batch, so the sweep's risk reads grow with the square of the register;
-- 7 s of a million-case sweep, docs/benchmarks.md "Retention sweep"), a subject access request's and a disposal's
-- assessments of a case, and a transfer's. The index carries what the sweep reads, so its batches read the index
-- alone, in order, and stop at the batch's end.
create index risk_assessment_order_idx on risk_assessment (order_id) include (force_id, opened_at, completed_at);
