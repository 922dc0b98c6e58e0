-- V10: DASH risk assessments, opened for a source record (a breach) and completed by an officer or the
-- safeguarding unit, with the level, any professional-judgement override, MARAC referral, escalation and the
-- safety-plan review that a breach calls for.

create table risk_assessment (
    id                        uuid primary key,
    force_id                  uuid         not null references force (id),
    source_type               varchar(40)  not null,
    source_id                 uuid         not null,
    order_id                  uuid,
    victim_name               varchar(300) not null,
    reason                    varchar(2000) not null,
    earlier_breaches          integer      not null check (earlier_breaches >= 0),
    question_set              varchar(100) not null,
    question_set_version      varchar(100) not null,
    opened_at                 timestamptz  not null,
    opened_by                 varchar(200) not null,
    completed_at              timestamptz,
    completed_by              varchar(200),
    answers                   jsonb,
    score                     integer,
    computed_level            varchar(20),
    override_level            varchar(20),
    override_reason           varchar(2000),
    level                     varchar(20),
    reasons                   jsonb,
    potential_escalation      boolean      not null default false,
    marac_required            boolean      not null default false,
    marac_referred_at         timestamptz,
    marac_referred_by         varchar(200),
    marac_note                varchar(2000),
    escalated                 boolean      not null,
    safety_plan_reviewed_at   timestamptz,
    safety_plan_reviewed_by   varchar(200),
    safety_plan_note          varchar(4000),
    lock_version              bigint       not null default 0,
    constraint risk_assessment_source_uq unique (force_id, source_type, source_id),
    constraint risk_assessment_override_reason_ck check (override_level is null or override_reason is not null),
    constraint risk_assessment_completed_ck check (completed_at is null or (score is not null and level is not null))
);
create index risk_assessment_completed_idx on risk_assessment (force_id, completed_at) where completed_at is not null;
create index risk_assessment_marac_due_idx on risk_assessment (force_id) where marac_required and marac_referred_at is null;

comment on table risk_assessment is 'A DASH risk assessment of a victim, opened once per source record (a breach) and completed with the victim''s answers.';
comment on column risk_assessment.force_id is 'The force that holds the assessment; only its users can read it.';
comment on column risk_assessment.source_type is 'What opened it, e.g. breach.';
comment on column risk_assessment.source_id is 'The id of that record; one assessment per source per force.';
comment on column risk_assessment.order_id is 'The protective order concerned, if any.';
comment on column risk_assessment.victim_name is 'The person at risk, as recorded by the source.';
comment on column risk_assessment.reason is 'Why it was opened, e.g. Breach reported 21/11/2026: contact by text.';
comment on column risk_assessment.earlier_breaches is 'Breaches of orders protecting the same victim in the escalation window before this one, as the source counted them.';
comment on column risk_assessment.question_set is 'The id of the DASH question set in force when it was opened, e.g. safelives-dash-2009.';
comment on column risk_assessment.question_set_version is 'That question set''s version; the answers are keyed by its question ids.';
comment on column risk_assessment.opened_at is 'When it was opened.';
comment on column risk_assessment.opened_by is 'Who (or which process acting for whom) opened it.';
comment on column risk_assessment.completed_at is 'When the answers were recorded; null while open.';
comment on column risk_assessment.completed_by is 'Who recorded the answers.';
comment on column risk_assessment.answers is 'The answers: {question id: YES | NO | NOT_KNOWN}.';
comment on column risk_assessment.score is 'The number of YES answers.';
comment on column risk_assessment.computed_level is 'The level the thresholds and the repeat-breach rule give: STANDARD, MEDIUM or HIGH.';
comment on column risk_assessment.override_level is 'The level set by professional judgement, if any.';
comment on column risk_assessment.override_reason is 'Why professional judgement set that level; required with an override.';
comment on column risk_assessment.level is 'The final level: the override if any, else the computed level.';
comment on column risk_assessment.reasons is 'How the result was reached, in words, as a JSON list.';
comment on column risk_assessment.potential_escalation is 'Whether the incidents in the window reach the potential-escalation number (a MARAC criterion).';
comment on column risk_assessment.marac_required is 'Whether a MARAC referral is required: final level HIGH or potential escalation.';
comment on column risk_assessment.marac_referred_at is 'When the referral to the MARAC was made.';
comment on column risk_assessment.marac_referred_by is 'Who made the referral.';
comment on column risk_assessment.marac_note is 'The referral''s reference or a note about it.';
comment on column risk_assessment.escalated is 'Whether repeat breaches escalated the assessment (earlier breaches reach the repeat-breach number).';
comment on column risk_assessment.safety_plan_reviewed_at is 'When the victim''s safety plan was reviewed after this breach; null while due.';
comment on column risk_assessment.safety_plan_reviewed_by is 'Who reviewed it.';
comment on column risk_assessment.safety_plan_note is 'What the review found or changed.';
comment on column risk_assessment.lock_version is 'Optimistic lock: incremented on every change, so concurrent changes are refused, not lost.';
