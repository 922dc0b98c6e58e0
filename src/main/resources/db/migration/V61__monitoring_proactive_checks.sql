-- V61: monitoring, part 2: proactive checks (seed 000: proactive checks by neighbourhood teams, reassurance contact
-- with victims, building rapport with the suspect). Each check belongs to an order, and to a priority subject when it
-- was planned for one; it has an owner, a district of the force, a due date and, once done, a result. A check not
-- done by its due date is overdue: on the daily risk meeting's agenda and first on its district's list.

create table proactive_check (
    id           uuid primary key,
    force_id     uuid          not null references force (id),
    order_id     uuid          not null,
    subject_id   uuid references priority_subject (id),
    kind         varchar(30)   not null,
    owner_name   varchar(200)  not null,
    district_id  uuid          not null,
    district     varchar(200)  not null,
    due_on       date          not null,
    note         varchar(2000),
    result       varchar(30),
    result_note  varchar(2000),
    done_at      timestamptz,
    done_by      varchar(100),
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    row_version  integer       not null default 0
);
create index proactive_check_due_idx on proactive_check (force_id, due_on) where done_at is null;
create index proactive_check_district_idx on proactive_check (force_id, district_id, due_on);
create index proactive_check_order_idx on proactive_check (order_id);
create index proactive_check_subject_idx on proactive_check (subject_id);
comment on table proactive_check is 'A planned proactive check on an order (and priority subject): reassurance contact or visit to the victim, a patrol past a protected place, engagement with the respondent.';
comment on column proactive_check.id is 'The check''s id.';
comment on column proactive_check.force_id is 'The force; every read is scoped to it.';
comment on column proactive_check.order_id is 'The order the check is about (protective_order; not a foreign key, the orders module owns it).';
comment on column proactive_check.subject_id is 'The priority subject it was planned for, if any.';
comment on column proactive_check.kind is 'REASSURANCE_CONTACT, REASSURANCE_VISIT, PATROL or RESPONDENT_ENGAGEMENT.';
comment on column proactive_check.owner_name is 'Who is to do it (an officer or team, as named).';
comment on column proactive_check.district_id is 'The force district that does it (security''s force districts).';
comment on column proactive_check.district is 'The district''s name when planned.';
comment on column proactive_check.due_on is 'The day by which it is to be done; overdue from the next day (monitoring.checks.CheckOverdueRule).';
comment on column proactive_check.note is 'What to do or look for.';
comment on column proactive_check.result is 'NO_CONCERN, CONCERN, POSSIBLE_BREACH or NOT_DONE; null until recorded.';
comment on column proactive_check.result_note is 'What was found, in the officer''s words.';
comment on column proactive_check.done_at is 'When the result was recorded.';
comment on column proactive_check.done_by is 'Who recorded it.';
comment on column proactive_check.created_at is 'When it was planned.';
comment on column proactive_check.created_by is 'Who planned it.';
comment on column proactive_check.row_version is 'Optimistic lock: one result per check.';
