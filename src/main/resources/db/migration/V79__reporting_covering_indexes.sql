-- V79: indexes that let the register list and the reports answer from the index alone (docs/benchmarks.md,
-- "Register list and reports"). At 200,000 orders and 150,000 breaches the figures were each a scan of the table's
-- heap: every report issues some forty counts, so each has to be a short index range, not a table read. Each index
-- leads with the force (every query is scoped to one), then the column the range or the order is on, then the order's
-- id (the list's tie-break, so a page of 25 is read in order and the scan stops at the 25th); INCLUDE carries the
-- columns the figures count by, so PostgreSQL reads no table page for them (once vacuum has marked the pages
-- all-visible, which autovacuum does).

-- Orders: the list's sorts (made, end, court, type, case number, both directions) and the register figures.
create index protective_order_force_made_list_idx on protective_order (force_id, made_at, id)
    include (ends_at, discharged_at, served_at, order_type, relationship);
create index protective_order_force_ends_list_idx on protective_order (force_id, ends_at, id)
    include (made_at, discharged_at, served_at, order_type);
create index protective_order_force_court_list_idx on protective_order (force_id, court_key, id);
create index protective_order_force_type_list_idx on protective_order (force_id, order_type, id);
create index protective_order_force_case_list_idx on protective_order (force_id, case_number, id);
-- superseded by the two above (V65, V66 made them for the same queries)
drop index if exists protective_order_force_made_idx;
drop index if exists protective_order_force_ends_idx;

-- Breaches: see V80, which adds the keys the breach figures' index carries.

-- Notifications: intake figures over the notifications received in a period.
drop index if exists notification_force_received_idx;
create index notification_force_received_idx on notification (force_id, received_at)
    include (source, status, decided_at, order_id, order_version);

-- Quality assurance joined to the notification's order version.
create index quality_review_version_assured_idx on quality_review (order_id, version) include (assured_at, status);

-- Safeguarding tasks due in a period, by kind.
create index safeguarding_task_force_kind_due_idx on safeguarding_task (force_id, kind, due_at)
    include (status, closed_at, order_id);

-- Risk assessments completed in a period.
create index risk_assessment_force_completed_figures_idx on risk_assessment (force_id, completed_at)
    include (level, marac_required, marac_referred_at, order_id) where completed_at is not null;

-- Versions by kind and when they took effect (varied, extended, discharged).
create index order_version_kind_effective_idx on order_version (change_kind, effective_from) include (order_id);
