-- V12: corrections of completed DASH risk assessments. A completed assessment can be corrected (an answer recorded
-- wrongly, a grading reviewed by a specialist) only with a reason; what it said before is kept here, one row per
-- correction, so the file shows every level the victim's risk was graded at, by whom and why.

create table risk_assessment_correction (
    id                        uuid primary key,
    assessment_id             uuid         not null references risk_assessment (id),
    force_id                  uuid         not null references force (id),
    corrected_at              timestamptz  not null,
    corrected_by              varchar(200) not null,
    reason                    varchar(2000) not null check (length(trim(reason)) > 0),
    previous_answers          jsonb        not null,
    previous_score            integer      not null,
    previous_level            varchar(20)  not null,
    previous_override_level   varchar(20),
    previous_override_reason  varchar(2000),
    new_score                 integer      not null,
    new_level                 varchar(20)  not null
);
create index risk_assessment_correction_assessment_idx on risk_assessment_correction (assessment_id, corrected_at);

comment on table risk_assessment_correction is 'A correction of a completed DASH assessment: who, when and why, and what the assessment said before it.';
comment on column risk_assessment_correction.assessment_id is 'The assessment corrected.';
comment on column risk_assessment_correction.force_id is 'The force that holds the assessment.';
comment on column risk_assessment_correction.corrected_at is 'When the correction was recorded.';
comment on column risk_assessment_correction.corrected_by is 'Who recorded it.';
comment on column risk_assessment_correction.reason is 'Why, e.g. Q12 recorded as NO in error: the victim said the children had been threatened.';
comment on column risk_assessment_correction.previous_answers is 'The answers before the correction: {question id: YES | NO | NOT_KNOWN}.';
comment on column risk_assessment_correction.previous_score is 'The number of YES answers before the correction.';
comment on column risk_assessment_correction.previous_level is 'The level before the correction: STANDARD, MEDIUM or HIGH.';
comment on column risk_assessment_correction.previous_override_level is 'The professional-judgement level before the correction, if any.';
comment on column risk_assessment_correction.previous_override_reason is 'Its reason.';
comment on column risk_assessment_correction.new_score is 'The number of YES answers after the correction.';
comment on column risk_assessment_correction.new_level is 'The level after the correction.';
