-- V34: safeguarding tasks: the work the safeguarding unit and the neighbourhood teams do for a victim after an order is
-- recorded (a briefing to the victim's district, contact with each protected adult, a safety-plan review, planning
-- for the order's end), and the history of each task. A task is made once per event: the key (order, kind,
-- dedupe_key) is unique, so a listener retried after a crash, or a sweep run on two instances, cannot make a second.

create table safeguarding_task (
    id            uuid primary key,
    force_id      uuid          not null references force (id),
    order_id      uuid          not null,
    order_version integer       not null,
    kind          varchar(40)   not null,
    dedupe_key    varchar(200)  not null,
    status        varchar(20)   not null,
    district_id   uuid references district (id),
    subject       varchar(200),
    due_at        timestamptz   not null,
    created_at    timestamptz   not null,
    assigned_to   varchar(200),
    closed_at     timestamptz,
    closed_by     varchar(200),
    outcome       varchar(4000),
    escalated_at  timestamptz,
    lock_version  bigint        not null default 0,
    constraint safeguarding_task_kind_ck check (kind in ('DISSEMINATION', 'VICTIM_CONTACT', 'SAFETY_PLAN_REVIEW', 'EXPIRY_PLANNING')),
    constraint safeguarding_task_status_ck check (status in ('OPEN', 'DONE', 'ESCALATED', 'CANCELLED')),
    constraint safeguarding_task_closed_ck check ((status in ('DONE', 'CANCELLED')) = (closed_at is not null)),
    constraint safeguarding_task_once_uk unique (order_id, kind, dedupe_key)
);
create index safeguarding_task_force_due_idx on safeguarding_task (force_id, status, due_at);
create index safeguarding_task_order_idx on safeguarding_task (order_id);
comment on table safeguarding_task is 'A piece of safeguarding work for one order: made by an event or a sweep, done, escalated or cancelled by people.';
comment on column safeguarding_task.force_id is 'The force that holds the order; only its users see the task.';
comment on column safeguarding_task.order_id is 'The order the task is for (protective_order; not a foreign key, the orders module owns that table).';
comment on column safeguarding_task.order_version is 'The order version whose event made the task.';
comment on column safeguarding_task.kind is 'DISSEMINATION, VICTIM_CONTACT, SAFETY_PLAN_REVIEW or EXPIRY_PLANNING.';
comment on column safeguarding_task.dedupe_key is 'What makes the task one of a kind for its order (e.g. the version and district of a briefing); never a name or an address.';
comment on column safeguarding_task.status is 'OPEN, DONE, ESCALATED (overdue and raised to a supervisor; still to do) or CANCELLED (no longer needed, with the reason in outcome).';
comment on column safeguarding_task.district_id is 'The district whose team does the task (the victim''s or the respondent''s); null for the force''s safeguarding unit.';
comment on column safeguarding_task.subject is 'Who the task is about, as the team needs to see it (a protected person''s name); never a confidential detail.';
comment on column safeguarding_task.due_at is 'When the task is due; past it the task is overdue.';
comment on column safeguarding_task.assigned_to is 'The user it is assigned to, when someone has taken it.';
comment on column safeguarding_task.closed_at is 'When it was done or cancelled.';
comment on column safeguarding_task.closed_by is 'Who did or cancelled it.';
comment on column safeguarding_task.outcome is 'What was done, decided or why it was cancelled.';
comment on column safeguarding_task.escalated_at is 'When it was raised to a supervisor for being overdue.';

create table safeguarding_task_history (
    id       uuid primary key,
    task_id  uuid          not null references safeguarding_task (id),
    at       timestamptz   not null,
    actor    varchar(200)  not null,
    action   varchar(40)   not null,
    note     varchar(4000)
);
create index safeguarding_task_history_task_idx on safeguarding_task_history (task_id, at);
comment on table safeguarding_task_history is 'What happened to a task, in order: made, assigned, attempted, escalated, done, cancelled, moved.';
comment on column safeguarding_task_history.actor is 'The user, or "system" for an event or a sweep.';
comment on column safeguarding_task_history.action is 'What happened (a TaskAction).';
comment on column safeguarding_task_history.note is 'What the actor recorded; never a confidential detail.';
