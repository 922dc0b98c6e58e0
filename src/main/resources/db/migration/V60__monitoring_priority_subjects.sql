-- V60: monitoring, part 1: priority respondents. The monitoring module keeps its own read model of each order's
-- respondent (fed by OrderVersionRecorded) and of each breach reported (fed by BreachReported), so it can say which
-- respondents to watch without reading the orders or breaches modules' tables. A respondent is known by a key made
-- from their name and date of birth (monitoring.priority.RespondentKey), the same across the force's orders.
-- Suggestions are kept with the evidence they rest on, so a dismissed one is not made again for the same reason
-- unless something new happens (new evidence is a new row).

create table monitoring_order (
    order_id          uuid primary key,
    force_id          uuid          not null references force (id),
    version           integer       not null,
    respondent_key    varchar(300)  not null,
    respondent_name   varchar(200)  not null,
    respondent_dob    date,
    court             varchar(200),
    case_number       varchar(60),
    order_type        varchar(40),
    made_at           timestamptz,
    first_served_at   timestamptz,
    ends_at           timestamptz,
    terms_text        text
);
create index monitoring_order_respondent_idx on monitoring_order (force_id, respondent_key);
comment on table monitoring_order is 'Each order''s respondent, dates and terms as its latest recorded version states them: the monitoring module''s read model of orders (from orders.OrderVersionRecorded).';
comment on column monitoring_order.order_id is 'The order (protective_order; not a foreign key, the orders module owns that table).';
comment on column monitoring_order.force_id is 'The force holding the order; every read is scoped to it.';
comment on column monitoring_order.version is 'The latest version applied; an older version''s event arriving late changes nothing.';
comment on column monitoring_order.respondent_key is 'The respondent''s name (lower case, accents and punctuation folded, spaces collapsed) and date of birth: one respondent across the force''s orders.';
comment on column monitoring_order.respondent_name is 'The respondent''s name as the latest version records it.';
comment on column monitoring_order.respondent_dob is 'The respondent''s date of birth, when the order gives it.';
comment on column monitoring_order.court is 'The court that made the order.';
comment on column monitoring_order.case_number is 'The court''s case number, as lists name the order.';
comment on column monitoring_order.order_type is 'orders.OrderType (NMO, DAPO, ...).';
comment on column monitoring_order.made_at is 'When the order was made.';
comment on column monitoring_order.first_served_at is 'The earliest service on, or awareness of, the respondent: when a DAPO''s notification period from service begins.';
comment on column monitoring_order.ends_at is 'When the order stops applying (orders.OrderStatusRule.ending(): discharge or its own end); null when it lasts until further order.';
comment on column monitoring_order.terms_text is 'The order''s terms verbatim, numbered, as recorded: read for a DAPO''s requirements and quoted when an unmet notification duty is raised. May hold C8 details: every view passes through orders.Confidentiality.';

create table monitoring_breach (
    report_id    uuid primary key,
    force_id     uuid         not null references force (id),
    order_id     uuid,
    reference    varchar(40),
    reported_at  timestamptz  not null
);
create index monitoring_breach_order_idx on monitoring_breach (order_id, reported_at);
comment on table monitoring_breach is 'Each breach reported (from breaches.BreachReported): what the suggestion rules count per respondent.';
comment on column monitoring_breach.report_id is 'The breach report (breach_report; not a foreign key, the breaches module owns it).';
comment on column monitoring_breach.force_id is 'The force that recorded it.';
comment on column monitoring_breach.order_id is 'The order it was reported against; null when none was found.';
comment on column monitoring_breach.reference is 'The breach''s reference, as the suggestion''s reason names it.';
comment on column monitoring_breach.reported_at is 'When the breach was reported: counted against the risk rules'' escalation window.';

create table offender_management_flag (
    id              uuid primary key,
    force_id        uuid          not null references force (id),
    respondent_key  varchar(300)  not null,
    respondent_name varchar(200)  not null,
    order_id        uuid          not null,
    kind            varchar(20)   not null,
    detail          varchar(500),
    recorded_at     timestamptz   not null,
    recorded_by     varchar(100)  not null,
    withdrawn_at    timestamptz,
    withdrawn_by    varchar(100)
);
create index offender_management_flag_respondent_idx on offender_management_flag (force_id, respondent_key);
comment on table offender_management_flag is 'A respondent is under integrated offender management (IOM) or MAPPA, as the point of contact records it (the register has no feed from those schemes).';
comment on column offender_management_flag.id is 'The flag''s id: the evidence of the suggestion it gives rise to.';
comment on column offender_management_flag.force_id is 'The force that recorded it.';
comment on column offender_management_flag.respondent_key is 'The respondent (see monitoring_order.respondent_key).';
comment on column offender_management_flag.respondent_name is 'The respondent''s name when it was recorded.';
comment on column offender_management_flag.order_id is 'The order through which the point of contact recorded it.';
comment on column offender_management_flag.kind is 'IOM or MAPPA.';
comment on column offender_management_flag.detail is 'What the scheme says (a MAPPA category and level, the IOM cohort), as recorded.';
comment on column offender_management_flag.recorded_at is 'When it was recorded.';
comment on column offender_management_flag.recorded_by is 'Who recorded it.';
comment on column offender_management_flag.withdrawn_at is 'When it was withdrawn (the respondent left the scheme); null while it stands.';
comment on column offender_management_flag.withdrawn_by is 'Who withdrew it.';

create table priority_subject (
    id              uuid primary key,
    force_id        uuid          not null references force (id),
    respondent_key  varchar(300)  not null,
    respondent_name varchar(200)  not null,
    respondent_dob  date,
    reason          varchar(2000) not null,
    owner_name      varchar(200)  not null,
    owner_role      varchar(30)   not null,
    review_on       date          not null,
    status          varchar(20)   not null,
    status_note     varchar(500),
    started_at      timestamptz   not null,
    started_by      varchar(100)  not null,
    suggestion_id   uuid,
    ended_at        timestamptz,
    ended_by        varchar(100),
    end_reason      varchar(2000),
    row_version     integer       not null default 0
);
create unique index priority_subject_one_current on priority_subject (force_id, respondent_key) where status <> 'ENDED';
create index priority_subject_force_idx on priority_subject (force_id, status, review_on);
comment on table priority_subject is 'A respondent the force watches as a priority (seed 000, local monitoring): why, who owns it, when it is reviewed, and whether it has ended.';
comment on column priority_subject.id is 'The subject''s id.';
comment on column priority_subject.force_id is 'The force watching; every read is scoped to it.';
comment on column priority_subject.respondent_key is 'The respondent (see monitoring_order.respondent_key); one current subject per respondent.';
comment on column priority_subject.respondent_name is 'The respondent''s name when made a subject.';
comment on column priority_subject.respondent_dob is 'Their date of birth, when known.';
comment on column priority_subject.reason is 'Why the respondent is a priority, in the owner''s words.';
comment on column priority_subject.owner_name is 'Who owns the subject: the offender manager or neighbourhood officer named.';
comment on column priority_subject.owner_role is 'OFFENDER_MANAGER or NEIGHBOURHOOD_OFFICER.';
comment on column priority_subject.review_on is 'When the subject is next reviewed.';
comment on column priority_subject.status is 'ACTIVE, REVIEW (to be reviewed now: the last order ended, or the review date passed) or ENDED.';
comment on column priority_subject.status_note is 'Why it is to be reviewed, when the register put it to review.';
comment on column priority_subject.started_at is 'When the respondent was made a subject.';
comment on column priority_subject.started_by is 'Who made them one.';
comment on column priority_subject.suggestion_id is 'The suggestion accepted, when it came from one.';
comment on column priority_subject.ended_at is 'When the priority ended.';
comment on column priority_subject.ended_by is 'Who ended it, or system:monitoring when the last order ended and the force ends priority then.';
comment on column priority_subject.end_reason is 'Why it ended.';
comment on column priority_subject.row_version is 'Optimistic lock: two people changing the same subject at once cannot both win.';

create table priority_suggestion (
    id              uuid primary key,
    force_id        uuid          not null references force (id),
    respondent_key  varchar(300)  not null,
    respondent_name varchar(200)  not null,
    respondent_dob  date,
    reason          varchar(40)   not null,
    why             varchar(500)  not null,
    evidence        varchar(200)  not null,
    order_id        uuid,
    status          varchar(20)   not null,
    suggested_at    timestamptz   not null,
    decided_at      timestamptz,
    decided_by      varchar(100),
    decision_note   varchar(2000),
    unique (force_id, respondent_key, reason, evidence)
);
create index priority_suggestion_open_idx on priority_suggestion (force_id, status, suggested_at);
comment on table priority_suggestion is 'A respondent the register suggests watching, one row per reason and the evidence it rests on: a dismissed suggestion is not made again for the same evidence.';
comment on column priority_suggestion.id is 'The suggestion''s id.';
comment on column priority_suggestion.force_id is 'The force; every read is scoped to it.';
comment on column priority_suggestion.respondent_key is 'The respondent (see monitoring_order.respondent_key).';
comment on column priority_suggestion.respondent_name is 'Their name when suggested.';
comment on column priority_suggestion.respondent_dob is 'Their date of birth, when known.';
comment on column priority_suggestion.reason is 'HIGH_RISK, REPEAT_BREACHES, DAPO_REQUIREMENTS, OFFENDER_MANAGEMENT or BREACHES_NOT_CRIMED (monitoring.priority.SuggestionRules).';
comment on column priority_suggestion.why is 'The reason in words, with the facts it rests on.';
comment on column priority_suggestion.evidence is 'What the reason rests on (the latest breach in the window, the assessment, the order, the flag): something new is a new row.';
comment on column priority_suggestion.order_id is 'The order the reason concerns, when it is about one.';
comment on column priority_suggestion.status is 'OPEN, ACCEPTED, DISMISSED, or WITHDRAWN (the reason no longer holds, newer evidence replaced it, or the respondent became a subject another way).';
comment on column priority_suggestion.suggested_at is 'When the register first made it.';
comment on column priority_suggestion.decided_at is 'When it was accepted, dismissed or withdrawn.';
comment on column priority_suggestion.decided_by is 'Who decided (system:monitoring when withdrawn by the register).';
comment on column priority_suggestion.decision_note is 'Why it was dismissed (required), or why it was withdrawn.';
