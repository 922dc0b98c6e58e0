-- V70: records kept only as long as the law allows (DPA 2018 Part 3; the Police information and records management
-- Code of Practice and the APP on review, retention and disposal). A schedule a force can replace says, for each kind
-- of record, what starts its clock and after how long it is reviewed; the sweep works out when each case (an order and
-- everything attached to it) is due; a reviewer retains it (with a reason and the next review) or disposes of it; a
-- legal hold stops disposal. Disposal removes the case's personal data from every module and leaves a record of the
-- disposal that holds none. Versions and the access log stay immutable, with the disposal as the one audited exception:
-- the triggers let a version be deleted, or an access-log entry's text be removed, only inside a transaction that
-- names a disposal recorded for that case (the session setting nmo.disposal, set by the disposer).

create table retention_rule (
    id                  uuid primary key,
    force_id            uuid references force (id),
    record_kind         varchar(40)  not null,
    review_trigger      varchar(40)  not null,
    review_after_months integer      not null check (review_after_months between 1 and 1200),
    dispose_without_review boolean   not null default false,
    basis               varchar(500) not null,
    replaced_at         timestamptz  not null,
    replaced_by         varchar(200) not null
);
create unique index retention_rule_kind_uk on retention_rule (coalesce(force_id, '00000000-0000-0000-0000-000000000000'::uuid), record_kind);
comment on table retention_rule is 'The retention schedule: for each kind of record, what starts its clock and after how long it is reviewed. Rows without a force are the shipped default; a force that uploads its own schedule has a full set of its own rows, used instead.';
comment on column retention_rule.id is 'Identity of the rule.';
comment on column retention_rule.force_id is 'The force whose schedule this is; null for the national default shipped with the register.';
comment on column retention_rule.record_kind is 'The kind of record (ORDER, NOTIFICATION, BREACH, RISK_ASSESSMENT, SAFEGUARDING, MONITORING_POINT, ACCESS_LOG).';
comment on column retention_rule.review_trigger is 'What starts the clock: CREATED, LAST_RECORD, ORDER_END or LAST_BREACH_OUTCOME.';
comment on column retention_rule.review_after_months is 'How long after the trigger the record is due for review.';
comment on column retention_rule.dispose_without_review is 'True for records disposed of at the end of a short fixed period without a review (monitoring points).';
comment on column retention_rule.basis is 'Why this period: the code of practice or policy it follows.';
comment on column retention_rule.replaced_at is 'When this rule was loaded (shipped, or the force''s upload).';
comment on column retention_rule.replaced_by is 'Who loaded it.';

insert into retention_rule (id, force_id, record_kind, review_trigger, review_after_months, dispose_without_review,
                            basis, replaced_at, replaced_by) values
 ('2e7e0000-0000-4000-8000-000000000001', null, 'ORDER', 'ORDER_END', 72, false,
  'Public protection (domestic abuse) matter: APP Information management, review after 6 years clear of the order ending, retained while the person still poses a risk (MoPI group 2 review).', now(), 'shipped default'),
 ('2e7e0000-0000-4000-8000-000000000002', null, 'NOTIFICATION', 'ORDER_END', 72, false,
  'Part of the order''s record: reviewed with it (same period as the order).', now(), 'shipped default'),
 ('2e7e0000-0000-4000-8000-000000000003', null, 'BREACH', 'LAST_BREACH_OUTCOME', 72, false,
  'Breach of a protective order (s.42A FLA 1996) is a public-protection offence: review 6 years after the last outcome (MoPI group 2).', now(), 'shipped default'),
 ('2e7e0000-0000-4000-8000-000000000004', null, 'RISK_ASSESSMENT', 'LAST_RECORD', 72, false,
  'DASH and MARAC records support public protection: review 6 years after the last assessment.', now(), 'shipped default'),
 ('2e7e0000-0000-4000-8000-000000000005', null, 'SAFEGUARDING', 'ORDER_END', 72, false,
  'Safeguarding records of the order: reviewed with the order.', now(), 'shipped default'),
 ('2e7e0000-0000-4000-8000-000000000006', null, 'MONITORING_POINT', 'CREATED', 3, true,
  'Location data is intrusive and only needed while an order is being monitored: a short fixed period, no review (proportionality, DPA 2018 s.39).', now(), 'shipped default'),
 ('2e7e0000-0000-4000-8000-000000000007', null, 'ACCESS_LOG', 'LAST_RECORD', 72, false,
  'DPA 2018 s.62 logs are kept as long as the records they log; the case''s entries lose their personal text when the case is disposed of.', now(), 'shipped default');

create table retention_fact (
    order_id  uuid        not null,
    kind      varchar(40) not null,
    force_id  uuid        not null,
    first_at  timestamptz not null,
    last_at   timestamptz not null,
    ends_at   timestamptz,
    open_ended boolean    not null default false,
    label     varchar(300),
    primary key (order_id, kind)
);
create index retention_fact_force_idx on retention_fact (force_id);
comment on table retention_fact is 'What each module holds of a case, by kind, with the instants the schedule''s triggers need; refreshed by the sweep from the modules'' own records. No personal data.';
comment on column retention_fact.order_id is 'The case (the order).';
comment on column retention_fact.kind is 'The kind of record held.';
comment on column retention_fact.force_id is 'The force that holds the case.';
comment on column retention_fact.first_at is 'When the first record of this kind was made.';
comment on column retention_fact.last_at is 'When the last record of this kind was made (for breaches: the last outcome, or the report while there is none).';
comment on column retention_fact.ends_at is 'For the order: when it ended (its end date or discharge).';
comment on column retention_fact.label is 'For the order: court, order type and year made (no names).';
comment on column retention_fact.open_ended is 'For the order: true while it has no end (until further order, or not yet ended), so nothing of the case is due.';

create table retention_case (
    order_id       uuid primary key,
    force_id       uuid         not null references force (id),
    case_label     varchar(300) not null,
    review_due_at  timestamptz,
    retained_until timestamptz,
    status         varchar(20)  not null,
    checked_at     timestamptz  not null,
    lock_version   bigint       not null default 0,
    constraint retention_case_status_ck check (status in ('OPEN', 'DISPOSED'))
);
create index retention_case_queue_idx on retention_case (force_id, review_due_at) where status = 'OPEN';
comment on table retention_case is 'Each case''s place in the retention review: when it is due (from the schedule), until when a reviewer retained it, and whether it was disposed of.';
comment on column retention_case.order_id is 'The case (the order and everything attached to it).';
comment on column retention_case.force_id is 'The force that holds it.';
comment on column retention_case.case_label is 'Court, order type and the year made, for the reviewer''s queue (no names; the case number is shown from the order until disposal).';
comment on column retention_case.review_due_at is 'When the schedule makes the case due for review; null while the order has no end.';
comment on column retention_case.retained_until is 'The next review a reviewer set when retaining it.';
comment on column retention_case.status is 'OPEN, or DISPOSED once its personal data is gone.';
comment on column retention_case.checked_at is 'When the sweep last worked out its due date.';
comment on column retention_case.lock_version is 'Optimistic lock.';

create table retention_decision (
    id             uuid primary key,
    order_id       uuid          not null,
    force_id       uuid          not null references force (id),
    decision       varchar(20)   not null,
    reason         varchar(2000) not null,
    next_review_at timestamptz,
    decided_by     varchar(200)  not null,
    decided_at     timestamptz   not null,
    constraint retention_decision_ck check (decision in ('RETAIN', 'DISPOSE')),
    constraint retention_decision_next_ck check ((decision = 'RETAIN') = (next_review_at is not null))
);
create index retention_decision_order_idx on retention_decision (order_id, decided_at);
comment on table retention_decision is 'Each review of a case: retained (why, and when next reviewed) or disposed of. The reason must not name anyone.';
comment on column retention_decision.id is 'Identity of the decision.';
comment on column retention_decision.order_id is 'The case reviewed.';
comment on column retention_decision.force_id is 'The force.';
comment on column retention_decision.decision is 'RETAIN or DISPOSE.';
comment on column retention_decision.reason is 'Why (for a retention: the risk the person still poses, an open investigation...).';
comment on column retention_decision.next_review_at is 'For a retention: when the case is reviewed again.';
comment on column retention_decision.decided_by is 'The reviewer.';
comment on column retention_decision.decided_at is 'When.';

create table legal_hold (
    id          uuid primary key,
    order_id    uuid          not null,
    force_id    uuid          not null references force (id),
    kind        varchar(20)   not null,
    reason      varchar(2000) not null,
    placed_by   varchar(200)  not null,
    placed_at   timestamptz   not null,
    lifted_by   varchar(200),
    lifted_at   timestamptz,
    lift_reason varchar(2000),
    constraint legal_hold_kind_ck check (kind in ('LITIGATION', 'INQUIRY', 'COMPLAINT')),
    constraint legal_hold_lift_ck check ((lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null))
);
create index legal_hold_order_idx on legal_hold (order_id) where lifted_at is null;
comment on table legal_hold is 'A legal hold on a case (litigation, a public inquiry, a complaint): while it is not lifted, the case cannot be disposed of.';
comment on column legal_hold.id is 'Identity of the hold.';
comment on column legal_hold.order_id is 'The case held.';
comment on column legal_hold.force_id is 'The force.';
comment on column legal_hold.kind is 'LITIGATION, INQUIRY or COMPLAINT.';
comment on column legal_hold.reason is 'What it is for (a claim number, the inquiry''s name).';
comment on column legal_hold.placed_by is 'Who placed it.';
comment on column legal_hold.placed_at is 'When.';
comment on column legal_hold.lifted_by is 'Who lifted it.';
comment on column legal_hold.lifted_at is 'When it was lifted; null while it holds.';
comment on column legal_hold.lift_reason is 'Why it was lifted.';

create table disposal_record (
    id            uuid primary key,
    force_id      uuid          not null references force (id),
    order_id      uuid          not null unique,
    case_label    varchar(300)  not null,
    reason        varchar(2000) not null,
    authorised_by varchar(200)  not null,
    disposed_at   timestamptz   not null,
    removed       jsonb         not null default '{}'::jsonb
);
comment on table disposal_record is 'The record that a case was disposed of: which case (its id and a label of court, type and year, no names), why, who authorised it, when, and how many records of each kind were removed. Kept for good; holds no personal data.';
comment on column disposal_record.id is 'Identity of the disposal; named by the session setting nmo.disposal while it runs.';
comment on column disposal_record.force_id is 'The force.';
comment on column disposal_record.order_id is 'The case''s id (an identifier, not personal data).';
comment on column disposal_record.case_label is 'Court, order type and year made.';
comment on column disposal_record.reason is 'Why it was disposed of (the review''s reason).';
comment on column disposal_record.authorised_by is 'The reviewer who authorised it.';
comment on column disposal_record.disposed_at is 'When.';
comment on column disposal_record.removed is 'How many records were removed, by module and kind (counts only).';

create table subject_access_request (
    id            uuid primary key,
    force_id      uuid          not null references force (id),
    reference     varchar(100)  not null,
    person_name   varchar(200)  not null,
    date_of_birth date,
    requested_by  varchar(200)  not null,
    requested_at  timestamptz   not null,
    records_found integer       not null,
    cases_found   integer       not null
);
create index subject_access_request_force_idx on subject_access_request (force_id, requested_at desc);
comment on table subject_access_request is 'Each search made to answer a person''s request for what is held about them (DPA 2018 s.45): the request''s reference, whom it was about, who ran it and what was found.';
comment on column subject_access_request.id is 'Identity of the search.';
comment on column subject_access_request.force_id is 'The force.';
comment on column subject_access_request.reference is 'The force''s reference for the request (from its data-protection office).';
comment on column subject_access_request.person_name is 'The name of the person who asked (their own data).';
comment on column subject_access_request.date_of_birth is 'Their date of birth, when given, to tell them from namesakes.';
comment on column subject_access_request.requested_by is 'Who ran the search.';
comment on column subject_access_request.requested_at is 'When.';
comment on column subject_access_request.records_found is 'How many records were found.';
comment on column subject_access_request.cases_found is 'In how many cases.';

-- The one exception to immutability: inside a disposal of this case (the setting names a disposal recorded for the
-- order), a version and its replaced readings may be deleted. Everything else stays as V22 made it.
create or replace function order_version_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from disposal_record d
                                    where d.id::text = current_setting('nmo.disposal', true)
                                      and d.order_id = old.order_id) then
        return old;
    end if;
    if tg_op = 'UPDATE'
        and new.order_id = old.order_id and new.version = old.version and new.change_kind = old.change_kind
        and new.effective_from = old.effective_from and new.recorded_at = old.recorded_at
        and new.recorded_by = old.recorded_by and new.note is not distinct from old.note
        and new.details = old.details
        and new.clauses is not null
        and (old.clauses is null or new.clauses_parser > old.clauses_parser) then
        if old.clauses is not null then
            insert into order_version_reading (order_id, version, clauses, clauses_shape, clauses_parser, read_at,
                                               replaced_at)
            values (old.order_id, old.version, old.clauses, old.clauses_shape, old.clauses_parser,
                    old.clauses_read_at, now());
        end if;
        return new;
    end if;
    raise exception 'order_version rows are immutable: record a new version instead';
end;
$$;

-- The access log stays append-only; inside a disposal, an entry may lose its reason and detail (the text a user typed
-- or a page wrote, which can name people), replaced by the words naming the disposal. Who, when, what kind of action
-- and the record's id are kept. An entry is never deleted.
create or replace function access_log_is_append_only() returns trigger language plpgsql as $$
declare
    disposal text := current_setting('nmo.disposal', true);
begin
    if tg_op = 'UPDATE' and disposal is not null and disposal <> ''
        and exists (select 1 from disposal_record d where d.id::text = disposal)
        and new.id = old.id and new.at = old.at and new.username = old.username and new.force_id = old.force_id
        and new.force_code = old.force_code and new.action = old.action and new.subject_type = old.subject_type
        and new.subject_id = old.subject_id
        and new.reason is null
        and new.detail = 'Text removed on disposal ' || disposal then
        return new;
    end if;
    raise exception 'access_log is append-only';
end;
$$;

-- The control room's lookup on every instance asks every few seconds which cases were disposed of lately.
create index disposal_record_at_idx on disposal_record (disposed_at);
