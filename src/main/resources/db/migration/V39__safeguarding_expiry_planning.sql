-- V39: planning for an order's end. The safeguarding module keeps its own small read model of each order's end
-- (fed by every recorded version, OrderVersionRecorded), so the expiry sweep reads one narrow indexed table instead
-- of every order's versions, and knows which end its latest EXPIRY_PLANNING task was made for: one task per end,
-- moved when the end moves. The decision taken before an end (extension applied for on FL403, another order, the
-- victim declines, no further action) is kept per order and end; an order that lapsed with none is listed.

create table safeguarding_order_end (
    order_id      uuid primary key,
    force_id      uuid          not null references force (id),
    version       integer       not null,
    made_at       timestamptz,
    ends_at       timestamptz,
    discharged_at timestamptz,
    court         varchar(200),
    case_number   varchar(60),
    order_type    varchar(40),
    subject       varchar(200),
    first_seen_at timestamptz   not null,
    planned_end   timestamptz,
    task_id       uuid references safeguarding_task (id)
);
create index safeguarding_order_end_ends_idx on safeguarding_order_end (ends_at) where discharged_at is null;
create index safeguarding_order_end_task_idx on safeguarding_order_end (task_id);
comment on table safeguarding_order_end is 'Each order''s end as its latest recorded version states it, and the end its expiry-planning task was made for: the sweep''s read model.';
comment on column safeguarding_order_end.order_id is 'The order (protective_order; not a foreign key, the orders module owns that table).';
comment on column safeguarding_order_end.version is 'The latest version applied; an older version''s event arriving late changes nothing.';
comment on column safeguarding_order_end.ends_at is 'When the order ends by its own terms (orders.OrderStatusRule.ending()); null when it lasts until further order or the return hearing.';
comment on column safeguarding_order_end.discharged_at is 'When the court discharged it, if it has.';
comment on column safeguarding_order_end.subject is 'The applicant''s name, as tasks show who they are about; never a confidential detail.';
comment on column safeguarding_order_end.first_seen_at is 'When the register (or this module) first knew the order: an order recorded after it ended is not listed as lapsed unnoticed.';
comment on column safeguarding_order_end.planned_end is 'The end the latest EXPIRY_PLANNING task was made for or moved to; null when none is.';
comment on column safeguarding_order_end.task_id is 'That task.';

create table safeguarding_expiry_decision (
    id          uuid primary key,
    force_id    uuid          not null references force (id),
    order_id    uuid          not null,
    order_end   timestamptz   not null,
    task_id     uuid          not null references safeguarding_task (id),
    decision    varchar(40)   not null,
    note        varchar(2000),
    decided_by  varchar(200)  not null,
    decided_at  timestamptz   not null,
    constraint safeguarding_expiry_decision_ck check (decision in ('EXTENSION_APPLIED', 'ANOTHER_ORDER',
        'VICTIM_DECLINES', 'NO_FURTHER_ACTION')),
    constraint safeguarding_expiry_decision_task_uk unique (task_id)
);
create index safeguarding_expiry_decision_order_idx on safeguarding_expiry_decision (order_id, order_end);
comment on table safeguarding_expiry_decision is 'What was decided before an order''s end, recorded by the safeguarding unit when it closes the expiry-planning task.';
comment on column safeguarding_expiry_decision.order_end is 'The end the decision was for.';
comment on column safeguarding_expiry_decision.decision is 'EXTENSION_APPLIED (the applicant applies on FL403), ANOTHER_ORDER, VICTIM_DECLINES or NO_FURTHER_ACTION.';
comment on column safeguarding_expiry_decision.note is 'What was done or why; never a confidential detail.';

-- Orders held before this module knew of ends: their latest version's end, read once from the stored JSON the way
-- orders.OrderStatusRule.ending() reads it (an order until the return hearing has no end; a DAPN lasts 48 hours).
-- They are marked as first seen now, so orders that ended before today are not listed as lapsed unnoticed.
insert into safeguarding_order_end (order_id, force_id, version, made_at, ends_at, discharged_at, court, case_number,
                                    order_type, subject, first_seen_at)
select o.id, o.force_id, v.version, o.made_at,
       case
           when v.details ->> 'duration' = 'UNTIL_NEXT_HEARING' then null
           when v.details ->> 'duration' = 'UNTIL_FURTHER_ORDER' then
               case when o.order_type = 'DAPN' then o.made_at + interval '48 hours' end
           when jsonb_typeof(v.details -> 'endsAt') = 'string' then (v.details ->> 'endsAt')::timestamptz
       end,
       case when jsonb_typeof(v.details -> 'dischargedAt') = 'string' then (v.details ->> 'dischargedAt')::timestamptz end,
       o.court, o.case_number, o.order_type, left(v.details -> 'applicant' ->> 'name', 200), now()
from protective_order o
join order_version v on v.order_id = o.id and v.version = o.latest_version;
