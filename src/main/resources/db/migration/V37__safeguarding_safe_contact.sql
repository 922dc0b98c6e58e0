-- V37: safe contact details of a protected person, recorded by the safeguarding unit for victim contact: how the
-- victim can be reached safely (the safe route they chose, a safe phone, e-mail or postal address, times to avoid,
-- whether the respondent knows the number), language and interpreter, communication or disability needs. One row per
-- protected person of an order (person_key: "applicant", or "p-" and a hash of the person's name and date of birth:
-- never a name). Every value here is confidential (C8 treatment): shown only on the contact page to the safeguarding
-- unit and supervisors, withheld from every other view, log and e-mail.

create table safeguarding_safe_contact (
    id                      uuid primary key,
    force_id                uuid          not null references force (id),
    order_id                uuid          not null,
    person_key              varchar(40)   not null,
    safe_route              varchar(20),
    safe_phone              varchar(40),
    safe_email              varchar(320),
    safe_address            varchar(500),
    times_to_avoid          varchar(500),
    respondent_knows_number varchar(10)   not null default 'NOT_KNOWN',
    language                varchar(100),
    interpreter_needed      boolean       not null default false,
    communication_needs     varchar(1000),
    prefilled               boolean       not null default false,
    recorded_by             varchar(200),
    recorded_at             timestamptz   not null,
    lock_version            bigint        not null default 0,
    constraint safeguarding_safe_contact_route_ck check (safe_route in ('PHONE', 'TEXT', 'EMAIL', 'POST', 'IN_PERSON')),
    constraint safeguarding_safe_contact_knows_ck check (respondent_knows_number in ('YES', 'NO', 'NOT_KNOWN')),
    constraint safeguarding_safe_contact_person_uk unique (order_id, person_key)
);
create index safeguarding_safe_contact_force_idx on safeguarding_safe_contact (force_id);
comment on table safeguarding_safe_contact is 'How a protected person can be contacted safely (confidential: C8 treatment). One row per order and person.';
comment on column safeguarding_safe_contact.person_key is '"applicant", or "p-" and a hash of the person''s name and date of birth; never a name.';
comment on column safeguarding_safe_contact.safe_route is 'The route the victim chose: PHONE, TEXT, EMAIL, POST (to the safe address) or IN_PERSON. Nothing is sent any other way.';
comment on column safeguarding_safe_contact.safe_phone is 'A number the victim says is safe to call (confidential).';
comment on column safeguarding_safe_contact.safe_email is 'An e-mail address the victim says is safe (confidential).';
comment on column safeguarding_safe_contact.safe_address is 'A postal address safe for letters (confidential).';
comment on column safeguarding_safe_contact.times_to_avoid is 'When not to call or write (e.g. when the respondent may be there).';
comment on column safeguarding_safe_contact.respondent_knows_number is 'Whether the respondent knows the safe number: YES, NO or NOT_KNOWN.';
comment on column safeguarding_safe_contact.language is 'The language the victim prefers.';
comment on column safeguarding_safe_contact.communication_needs is 'Communication or disability needs (deaf, sight, learning disability, …).';
comment on column safeguarding_safe_contact.prefilled is 'True while the details are the ones taken from the order, not yet confirmed by the unit.';
