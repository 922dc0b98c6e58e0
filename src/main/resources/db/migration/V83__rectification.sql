-- V83: a person's right to rectification (DPA 2018 Part 3, s.46). Each request to put right a recorded fact about a
-- party, and the supervisor's decision: rectified (the module that holds the fact recorded the correction its own
-- way: for an order, a new version with the reason, the old version kept as evidence) or restricted (the accuracy
-- is contested and cannot be settled: the fact is marked contested so that every view of it says so, s.46(4)).
-- Kept with who decided, when and why; the access log records it too.

create table rectification (
    id               uuid          primary key,
    force_id         uuid          not null references force (id),
    order_id         uuid          not null,
    holder           varchar(40)   not null,
    party_role       varchar(30)   not null,
    person_name      varchar(300)  not null,
    fact             varchar(20)   not null,
    held_value       varchar(500)  not null,
    corrected_value  varchar(500),
    reason           varchar(2000) not null,
    requested_by     varchar(300)  not null,
    decision         varchar(20)   not null,
    outcome          varchar(300)  not null,
    decided_by       varchar(200)  not null,
    decided_at       timestamptz   not null
);
create index rectification_case_idx on rectification (force_id, order_id, decided_at desc);
comment on table rectification is 'A request to rectify a recorded fact about a party (DPA 2018 s.46) and the decision on it, with who, when and why.';
comment on column rectification.order_id is 'The case (protective_order) whose record holds the fact.';
comment on column rectification.holder is 'The module that holds the fact and recorded the decision (orders).';
comment on column rectification.party_role is 'The party''s part in the case: APPLICANT, RESPONDENT, PROTECTED_PERSON or CHILD.';
comment on column rectification.person_name is 'The party''s name as recorded when the request was decided.';
comment on column rectification.fact is 'NAME, DATE_OF_BIRTH or ADDRESS.';
comment on column rectification.held_value is 'The value the record held, as the supervisor saw it (masked if confidential and not entitled).';
comment on column rectification.corrected_value is 'What the person says it should be; null for a restriction without a correction.';
comment on column rectification.reason is 'Why the decision was made: recorded with the correction or the restriction.';
comment on column rectification.requested_by is 'Who asked, and how (the person, or someone for them).';
comment on column rectification.decision is 'RECTIFIED or RESTRICTED (accuracy contested, s.46(4)).';
comment on column rectification.outcome is 'What the holding module recorded, in words (e.g. "order version 3").';
comment on column rectification.decided_by is 'The supervisor who decided.';
comment on column rectification.decided_at is 'When.';
