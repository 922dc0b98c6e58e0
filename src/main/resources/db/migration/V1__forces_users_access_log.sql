-- V1: the foundation every capability stands on: forces and their districts, local user accounts and their roles,
-- the append-only access log (DPA 2018 s.62), the scheduler lock table (ShedLock) and the Spring Modulith event
-- publication registry, which is the outbox between modules.

create table force (
    id   uuid primary key,
    code varchar(40)  not null unique,
    name varchar(200) not null
);
comment on table force is 'A police force (or other policing body) using the register; every record belongs to one.';
comment on column force.code is 'Short lower-case code used in user names and URLs, e.g. northshire.';
comment on column force.name is 'Display name, e.g. Northshire Police.';

create table district (
    id       uuid primary key,
    force_id uuid not null references force (id),
    code     varchar(80)  not null,
    name     varchar(200) not null,
    unique (force_id, code)
);
comment on table district is 'A local policing area of a force; orders are disseminated to the victim''s district.';
comment on column district.force_id is 'The force the district belongs to.';
comment on column district.code is 'Code unique within the force.';
comment on column district.name is 'Display name.';

create table user_account (
    id            uuid primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    force_id      uuid not null references force (id),
    enabled       boolean not null default true
);
create unique index user_account_username_uk on user_account (lower(username));
comment on table user_account is 'A local account (embedded default and demos); production users come from the force''s identity provider.';
comment on column user_account.username is 'Sign-in name, unique regardless of case.';
comment on column user_account.display_name is 'Name shown on pages and in the access log.';
comment on column user_account.password_hash is 'Password hash with its algorithm prefix (Spring Security delegating encoder); never the password.';
comment on column user_account.force_id is 'The force whose data the user may see.';
comment on column user_account.enabled is 'False when the account is suspended.';

create table user_account_role (
    user_account_id uuid not null references user_account (id) on delete cascade,
    role            varchar(40) not null,
    primary key (user_account_id, role)
);
comment on table user_account_role is 'The roles a local account holds.';
comment on column user_account_role.role is 'POINT_OF_CONTACT, OFFICER, CONTROL_ROOM, SAFEGUARDING, SUPERVISOR, ANALYST, ADMIN or COURT_FEED.';

create table access_log (
    id           uuid primary key,
    at           timestamptz  not null,
    username     varchar(200) not null,
    force_id     uuid         not null,
    force_code   varchar(40)  not null,
    action       varchar(20)  not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(100) not null,
    reason       varchar(2000),
    detail       varchar(2000)
);
create index access_log_force_at_idx on access_log (force_id, at desc);
create index access_log_subject_idx on access_log (subject_id);
comment on table access_log is 'DPA 2018 s.62 log of every consultation, disclosure, collection and change; append-only.';
comment on column access_log.at is 'When the access happened (UTC).';
comment on column access_log.username is 'Who: the signed-in user or service account.';
comment on column access_log.force_id is 'The user''s force; the log is read per force.';
comment on column access_log.force_code is 'The force code at the time, kept for readability.';
comment on column access_log.action is 'COLLECT, VIEW, SEARCH, CHANGE, DISCLOSE, EXPORT or ERASE.';
comment on column access_log.subject_type is 'What kind of record: order, notification, person, import.';
comment on column access_log.subject_id is 'The id of the record (or the search text for a search).';
comment on column access_log.reason is 'Why: the justification given (incident or log number); null when the user owns the record.';
comment on column access_log.detail is 'What was seen or changed, briefly.';

-- The log must be trustworthy: nothing may rewrite or remove an entry once written.
create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end;
$$;
create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_is_append_only();

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
comment on table shedlock is 'ShedLock: makes each scheduled job run on one instance at a time.';
comment on column shedlock.name is 'The job''s lock name.';
comment on column shedlock.lock_until is 'The lock expires at this time even if its holder died.';
comment on column shedlock.locked_at is 'When the lock was taken.';
comment on column shedlock.locked_by is 'Host that holds it.';

create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    status                 varchar(16),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete_idx on event_publication (completion_date) where completion_date is null;
comment on table event_publication is 'Spring Modulith event publication registry: events between modules, kept until each listener has handled them (the outbox).';
comment on column event_publication.listener_id is 'The listener that must handle the event.';
comment on column event_publication.event_type is 'The event''s Java type.';
comment on column event_publication.serialized_event is 'The event as JSON.';
comment on column event_publication.publication_date is 'When it was published.';
comment on column event_publication.completion_date is 'When the listener finished; null while outstanding.';
comment on column event_publication.status is 'PUBLISHED, PROCESSING, COMPLETED, FAILED or RESUBMITTED.';
comment on column event_publication.completion_attempts is 'How many times handling was attempted.';
comment on column event_publication.last_resubmission_date is 'When it was last resubmitted after a failure.';
