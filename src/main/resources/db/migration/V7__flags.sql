-- V7: markers (flags) on the people and places a quality-assured order protects or binds, and the outbox of marker
-- changes to be exported to national and force systems (PNC, PND, the force's records system), each change kept until
-- the receiving system acknowledges it.

create table marker (
    id             uuid primary key,
    force_id       uuid         not null,
    order_id       uuid         not null references protective_order (id),
    order_version  integer      not null,
    kind           varchar(20)  not null,
    marker_key     varchar(400) not null,
    person_name    varchar(300),
    date_of_birth  date,
    aliases        text,
    party_role     varchar(30),
    place_kind     varchar(30),
    address        varchar(500),
    postcode       varchar(12),
    radius_metres  integer,
    confidential   boolean      not null default false,
    raised_at      timestamptz  not null,
    expires_at     timestamptz,
    withdrawn_at   timestamptz,
    withdrawal     varchar(20),
    lock_version   bigint       not null default 0
);
create index marker_order_idx on marker (order_id) where withdrawn_at is null;
create index marker_expiry_idx on marker (expires_at) where withdrawn_at is null;
create unique index marker_one_active_per_key on marker (order_id, marker_key) where withdrawn_at is null;
comment on table marker is 'A flag on a person (the respondent as subject, each protected person) or a protected place, raised when an order version is quality-assured.';
comment on column marker.order_version is 'The quality-assured version the marker was raised or last confirmed on.';
comment on column marker.kind is 'SUBJECT (respondent), PROTECTED_PERSON or PROTECTED_PLACE.';
comment on column marker.marker_key is 'What the marker identifies (kind, name, date of birth or place), so a variation keeps unchanged markers and replaces changed ones.';
comment on column marker.person_name is 'The person''s name as on the order.';
comment on column marker.date_of_birth is 'The person''s date of birth, if known.';
comment on column marker.aliases is 'Other names, one per line.';
comment on column marker.party_role is 'RESPONDENT, APPLICANT, PROTECTED_PERSON or CHILD.';
comment on column marker.place_kind is 'For a place: HOME, WORKPLACE, SCHOOL, NURSERY, CHILDMINDER, STREET_OR_AREA or OTHER.';
comment on column marker.address is 'For a place: its address or description as the order gives it.';
comment on column marker.postcode is 'For a place: its postcode, when known.';
comment on column marker.radius_metres is 'For a place: the exclusion radius the order sets, if any.';
comment on column marker.confidential is 'True when the place is an address held under C8: shown only to those entitled, and exported marked as such.';
comment on column marker.raised_at is 'When the marker was raised.';
comment on column marker.expires_at is 'When the order ends (expiry or discharge): the marker is withdrawn at exactly this moment.';
comment on column marker.withdrawn_at is 'When the marker stopped applying; null while active.';
comment on column marker.withdrawal is 'Why: EXPIRED, DISCHARGED or VARIED (replaced by a changed marker).';

create table marker_export (
    id               uuid primary key,
    marker_id        uuid         not null references marker (id),
    target           varchar(60)  not null,
    change           varchar(20)  not null,
    payload          jsonb        not null,
    status           varchar(20)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    sent_at          timestamptz,
    acknowledged_at  timestamptz,
    acknowledgement  varchar(300),
    last_error       varchar(1000),
    created_at       timestamptz  not null
);
create index marker_export_due_idx on marker_export (next_attempt_at) where status in ('PENDING', 'SENT');
create index marker_export_marker_idx on marker_export (marker_id);
comment on table marker_export is 'Outbox of marker changes to each configured receiving system, retried until acknowledged.';
comment on column marker_export.target is 'The receiving system''s configured name (e.g. PNC, PND, RMS).';
comment on column marker_export.change is 'RAISED or WITHDRAWN.';
comment on column marker_export.payload is 'The message sent, as JSON.';
comment on column marker_export.status is 'PENDING (to send or resend), SENT (written to a file drop, awaiting its acknowledgement file) or ACKNOWLEDGED.';
comment on column marker_export.attempts is 'How many times it has been sent.';
comment on column marker_export.next_attempt_at is 'When to try next (backing off after failures).';
comment on column marker_export.sent_at is 'When last sent.';
comment on column marker_export.acknowledged_at is 'When the receiving system acknowledged it.';
comment on column marker_export.acknowledgement is 'The receiving system''s reference for it, if it gave one.';
comment on column marker_export.last_error is 'Why the last attempt failed.';
comment on column marker_export.created_at is 'When the change was queued.';
