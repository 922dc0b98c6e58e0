-- V38: victim contact: one row per VICTIM_CONTACT task (which person, why, and how it ended) and each attempt to
-- reach the victim by their safe route (when, how, outcome). Notes may hold safe contact details, so they are shown
-- only on the contact page; the task's history keeps a copy with the safe details withheld.

create table safeguarding_contact (
    task_id      uuid primary key references safeguarding_task (id),
    person_key   varchar(40)   not null,
    person_role  varchar(20)   not null,
    occasion     varchar(20)   not null,
    adulthood    varchar(20)   not null,
    outcome      varchar(20),
    constraint safeguarding_contact_role_ck check (person_role in ('APPLICANT', 'OTHER')),
    constraint safeguarding_contact_occasion_ck check (occasion in ('LODGED', 'VARIED', 'EXTENDED', 'DISCHARGED')),
    constraint safeguarding_contact_adult_ck check (adulthood in ('ADULT', 'NOT_KNOWN')),
    constraint safeguarding_contact_outcome_ck check (outcome in ('TOLD', 'LETTER_SENT', 'DECLINED', 'NOT_REACHED'))
);
create index safeguarding_contact_person_idx on safeguarding_contact (person_key);
comment on table safeguarding_contact is 'What a VICTIM_CONTACT task is about: the protected person (by key), the occasion and, once closed, its outcome.';
comment on column safeguarding_contact.person_role is 'APPLICANT or OTHER (another protected adult); children are never contacted.';
comment on column safeguarding_contact.occasion is 'LODGED (the order is new to the victim), VARIED, EXTENDED or DISCHARGED.';
comment on column safeguarding_contact.adulthood is 'ADULT, or NOT_KNOWN when no date of birth (the caller checks first).';
comment on column safeguarding_contact.outcome is 'TOLD, LETTER_SENT (by the safe route), DECLINED or NOT_REACHED; null while open.';

create table safeguarding_contact_attempt (
    id           uuid primary key,
    task_id      uuid          not null references safeguarding_task (id),
    attempted_at timestamptz   not null,
    method       varchar(20)   not null,
    outcome      varchar(20)   not null,
    note         varchar(2000),
    recorded_by  varchar(200)  not null,
    recorded_at  timestamptz   not null,
    constraint safeguarding_contact_attempt_method_ck check (method in ('PHONE', 'TEXT', 'EMAIL', 'POST', 'IN_PERSON')),
    constraint safeguarding_contact_attempt_outcome_ck check (outcome in ('REACHED', 'NO_ANSWER', 'NOT_SAFE_TO_TALK', 'DECLINED', 'WRONG_NUMBER'))
);
create index safeguarding_contact_attempt_task_idx on safeguarding_contact_attempt (task_id, attempted_at);
comment on table safeguarding_contact_attempt is 'Each attempt to reach a victim by their safe route.';
comment on column safeguarding_contact_attempt.attempted_at is 'When the attempt was made (may be before it was recorded).';
comment on column safeguarding_contact_attempt.method is 'PHONE, TEXT, EMAIL, POST or IN_PERSON.';
comment on column safeguarding_contact_attempt.outcome is 'REACHED, NO_ANSWER, NOT_SAFE_TO_TALK, DECLINED or WRONG_NUMBER.';
comment on column safeguarding_contact_attempt.note is 'What the caller noted (may hold safe details: shown only on the contact page).';
