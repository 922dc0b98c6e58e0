-- V2: the protective-order record. An order is an identity (force, court, case number, type) with immutable
-- versions; each version holds the whole order as the court stated it from an effective time, so the order as it
-- stood at any instant is the latest version effective by then. Party names are kept in a side table for finding an
-- order by an exact name or alias.

create table protective_order (
    id              uuid primary key,
    force_id        uuid         not null references force (id),
    court           varchar(200) not null,
    court_key       varchar(200) not null,
    case_number     varchar(60)  not null,
    case_number_key varchar(60)  not null,
    order_type      varchar(40)  not null,
    made_at         timestamptz  not null,
    latest_version  integer      not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    lock_version    bigint       not null default 0,
    constraint protective_order_identity_uk unique (force_id, court_key, case_number_key, order_type)
);
create index protective_order_case_idx on protective_order (force_id, case_number_key);
comment on table protective_order is 'A protective order (NMO, DAPN, DAPO, restraining, occupation, stalking protection) or undertaking held by a force; its content lives in order_version.';
comment on column protective_order.force_id is 'The force that holds the record; only its users see it.';
comment on column protective_order.court is 'The court that made the order, as written on it.';
comment on column protective_order.court_key is 'Court name lower-cased with spaces collapsed: part of the identity, so one court''s order is never recorded twice.';
comment on column protective_order.case_number is 'The court''s case number as written.';
comment on column protective_order.case_number_key is 'Case number upper-cased without spaces, for matching.';
comment on column protective_order.order_type is 'NMO, DAPN, DAPO, RESTRAINING_ORDER, OCCUPATION_ORDER, STALKING_PROTECTION_ORDER or UNDERTAKING.';
comment on column protective_order.made_at is 'When the court made the order (version 1).';
comment on column protective_order.latest_version is 'Number of the most recently recorded version.';
comment on column protective_order.created_at is 'When the register first recorded the order.';
comment on column protective_order.created_by is 'Who recorded it first.';
comment on column protective_order.lock_version is 'Optimistic lock: two people changing the order at once cannot overwrite each other.';

create table order_version (
    order_id       uuid         not null references protective_order (id),
    version        integer      not null,
    change_kind    varchar(20)  not null,
    effective_from timestamptz  not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200) not null,
    note           varchar(2000),
    details        jsonb        not null,
    primary key (order_id, version)
);
create index order_version_effective_idx on order_version (order_id, effective_from);
comment on table order_version is 'Immutable versions of an order: the order as made, then each variation, extension, discharge, service record or correction.';
comment on column order_version.version is '1 for the order as made, then 2, 3, ... in recording order.';
comment on column order_version.change_kind is 'MADE, VARIATION, EXTENSION, DISCHARGE, SERVICE or CORRECTION.';
comment on column order_version.effective_from is 'When this version took effect in the world (the court''s date, or when service happened).';
comment on column order_version.recorded_at is 'When the register learned of it.';
comment on column order_version.recorded_by is 'Who recorded it.';
comment on column order_version.note is 'Why it was recorded (e.g. the FL404B reference or the point of contact''s note).';
comment on column order_version.details is 'The whole order as this version states it (court, dates, parties, verbatim terms, service, confidentiality) as JSON.';

-- Versions are evidence: a breach is judged against them, so they are never rewritten.
create function order_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'order_version rows are immutable: record a new version instead';
end;
$$;
create trigger order_version_no_update before update or delete on order_version
    for each row execute function order_version_is_immutable();

create table order_party_name (
    order_id uuid         not null references protective_order (id),
    role     varchar(20)  not null,
    name     varchar(300) not null,
    name_key varchar(300) not null,
    primary key (order_id, role, name_key)
);
create index order_party_name_key_idx on order_party_name (name_key);
comment on table order_party_name is 'Names and aliases of the parties in the latest version of each order, for finding an order by exact name.';
comment on column order_party_name.role is 'RESPONDENT, APPLICANT, PROTECTED_PERSON or CHILD.';
comment on column order_party_name.name is 'The name or alias as recorded.';
comment on column order_party_name.name_key is 'Lower-cased with punctuation and repeated spaces removed.';
