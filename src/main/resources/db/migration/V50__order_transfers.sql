-- V50: transfers of a case between forces (issue 13, part 3). The force where the investigation is owns the case
-- (seed 000, "Transfers"); a case is not transferred until someone at the receiving force accepts it. A request is
-- one row, from PENDING to ACCEPTED, DECLINED or WITHDRAWN; at most one is pending per order (a partial unique index,
-- so two points of contact asking at once cannot both succeed). When a case moves, the order's moved_at is set so the
-- lookup's copy (which polls the register for what changed) re-reads the order under its new force.

alter table protective_order add column moved_at timestamptz;
comment on column protective_order.moved_at is 'When the order last moved to another force by an accepted transfer; null if never. The lookup re-reads an order moved since it last looked.';

create table order_transfer (
    id               uuid          primary key,
    order_id         uuid          not null references protective_order (id),
    from_force_id    uuid          not null references force (id),
    to_force_id      uuid          not null references force (id),
    reason           varchar(30)   not null,
    note             varchar(2000),
    status           varchar(20)   not null,
    requested_at     timestamptz   not null,
    requested_by     varchar(200)  not null,
    reference        varchar(200)  not null,
    decided_at       timestamptz,
    decided_by       varchar(200),
    decision_reason  varchar(2000),
    escalated_at     timestamptz,
    lock_version     bigint        not null default 0,
    constraint order_transfer_forces_ck check (from_force_id <> to_force_id),
    constraint order_transfer_reason_ck check (reason in ('VICTIM_MOVED', 'RESPONDENT_MOVED', 'INVESTIGATION_THERE')),
    constraint order_transfer_status_ck check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    constraint order_transfer_decided_ck check (status = 'PENDING' or (decided_at is not null and decided_by is not null)),
    constraint order_transfer_declined_ck check (status <> 'DECLINED' or decision_reason is not null)
);
create unique index order_transfer_one_pending_uk on order_transfer (order_id) where status = 'PENDING';
create index order_transfer_to_idx on order_transfer (to_force_id, status, requested_at);
create index order_transfer_from_idx on order_transfer (from_force_id, status, requested_at);
create index order_transfer_escalation_idx on order_transfer (requested_at) where status = 'PENDING' and escalated_at is null;

comment on table order_transfer is 'A request by one force''s point of contact to transfer a case (the order, its versions, breaches, risk assessments, safeguarding and markers) to another force; the case moves only when the receiving force accepts.';
comment on column order_transfer.order_id is 'The order (case) to be transferred.';
comment on column order_transfer.from_force_id is 'The sending force: the owner when the request was made, and until it is accepted.';
comment on column order_transfer.to_force_id is 'The receiving force, whose point of contact accepts or declines.';
comment on column order_transfer.reason is 'Why: VICTIM_MOVED, RESPONDENT_MOVED or INVESTIGATION_THERE (the owner is the force where the investigation is).';
comment on column order_transfer.note is 'The sender''s note for the receiving force (masked like every text derived from the order when shown).';
comment on column order_transfer.status is 'PENDING, ACCEPTED (the case moved), DECLINED (back to the sender with the reason) or WITHDRAWN (by the sender).';
comment on column order_transfer.requested_at is 'When the request was made; the escalation counts working days from it.';
comment on column order_transfer.requested_by is 'The sending point of contact''s username.';
comment on column order_transfer.reference is 'The order''s court and case number as the sender held it, so the sender''s list names the case after it has moved.';
comment on column order_transfer.decided_at is 'When it was accepted, declined or withdrawn. For an accepted transfer, the end of what the sender held (its read-only view).';
comment on column order_transfer.decided_by is 'Who accepted, declined or withdrew it.';
comment on column order_transfer.decision_reason is 'Why it was declined (required) or withdrawn; a note on acceptance.';
comment on column order_transfer.escalated_at is 'When a request pending too long was escalated to both forces'' supervisors; set once, so it is escalated once.';
comment on column order_transfer.lock_version is 'Optimistic lock: two decisions at once cannot both be recorded.';
