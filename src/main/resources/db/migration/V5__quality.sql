-- V5: quality assurance of each order version, the directory of family courts, court liaison requests, and the
-- quality module's own view of each order's dates and service (kept current from order events) for the sweeps.

create table court (
    id      uuid primary key,
    name    varchar(200) not null,
    name_key varchar(200) not null unique,
    address varchar(500),
    email   varchar(320),
    phone   varchar(50)
);
comment on table court is 'Directory of family courts the points of contact liaise with (national reference data).';
comment on column court.name is 'The court''s name as orders give it.';
comment on column court.name_key is 'Name lower-cased with spaces collapsed, to match an order''s court.';
comment on column court.address is 'Postal address for letters.';
comment on column court.email is 'The family listing/admin e-mail address liaison requests are sent to; null when letters go by post.';
comment on column court.phone is 'Telephone number of the court office.';

insert into court (id, name, name_key) values
    ('7a1c1b02-0000-4000-8000-000000000001', 'Leeds Family Court', 'leeds family court'),
    ('7a1c1b02-0000-4000-8000-000000000002', 'Manchester Family Court', 'manchester family court'),
    ('7a1c1b02-0000-4000-8000-000000000003', 'Birmingham Family Court', 'birmingham family court'),
    ('7a1c1b02-0000-4000-8000-000000000004', 'Central Family Court', 'central family court'),
    ('7a1c1b02-0000-4000-8000-000000000005', 'East London Family Court', 'east london family court'),
    ('7a1c1b02-0000-4000-8000-000000000006', 'West London Family Court', 'west london family court'),
    ('7a1c1b02-0000-4000-8000-000000000007', 'Bristol Civil and Family Justice Centre', 'bristol civil and family justice centre'),
    ('7a1c1b02-0000-4000-8000-000000000008', 'Cardiff Civil and Family Justice Centre', 'cardiff civil and family justice centre'),
    ('7a1c1b02-0000-4000-8000-000000000009', 'Liverpool Civil and Family Court', 'liverpool civil and family court'),
    ('7a1c1b02-0000-4000-8000-000000000010', 'Newcastle upon Tyne Combined Court Centre', 'newcastle upon tyne combined court centre'),
    ('7a1c1b02-0000-4000-8000-000000000011', 'Sheffield Family Court', 'sheffield family court'),
    ('7a1c1b02-0000-4000-8000-000000000012', 'Nottingham Family Court', 'nottingham family court'),
    ('7a1c1b02-0000-4000-8000-000000000013', 'Leicester Family Court', 'leicester family court'),
    ('7a1c1b02-0000-4000-8000-000000000014', 'Bradford Family Court', 'bradford family court'),
    ('7a1c1b02-0000-4000-8000-000000000015', 'Swansea Civil Justice Centre', 'swansea civil justice centre'),
    ('7a1c1b02-0000-4000-8000-000000000016', 'Plymouth Combined Court', 'plymouth combined court'),
    ('7a1c1b02-0000-4000-8000-000000000017', 'Norwich Combined Court Centre', 'norwich combined court centre'),
    ('7a1c1b02-0000-4000-8000-000000000018', 'Oxford Combined Court Centre', 'oxford combined court centre');

create table order_watch (
    order_id          uuid primary key references protective_order (id),
    force_id          uuid         not null,
    court             varchar(200) not null,
    case_number       varchar(60)  not null,
    latest_version    integer      not null,
    made_at           timestamptz  not null,
    return_hearing_at timestamptz,
    ends_at           timestamptz,
    served            boolean      not null,
    latest_change_at  timestamptz  not null
);
create index order_watch_hearing_idx on order_watch (return_hearing_at) where return_hearing_at is not null;
create index order_watch_unserved_idx on order_watch (made_at) where not served;
comment on table order_watch is 'The quality module''s view of each order''s dates and service, updated from order events, which the liaison sweep reads.';
comment on column order_watch.court is 'The court that made the order.';
comment on column order_watch.case_number is 'The court''s case number.';
comment on column order_watch.latest_version is 'The newest version number seen.';
comment on column order_watch.made_at is 'When the order was made.';
comment on column order_watch.return_hearing_at is 'The return hearing, if any.';
comment on column order_watch.ends_at is 'When the order ends by its own terms, if it says.';
comment on column order_watch.served is 'True once any service or awareness is recorded.';
comment on column order_watch.latest_change_at is 'Effective time of the newest version: news from the court after the return hearing shows here.';

create table quality_review (
    order_id        uuid         not null references protective_order (id),
    version         integer      not null,
    force_id        uuid         not null,
    status          varchar(20)  not null,
    findings        jsonb        not null,
    error_count     integer      not null,
    assured_by      varchar(200),
    assured_at      timestamptz,
    override_reason varchar(2000),
    created_at      timestamptz  not null,
    lock_version    bigint       not null default 0,
    primary key (order_id, version)
);
create index quality_review_force_status_idx on quality_review (force_id, status);
comment on table quality_review is 'Quality assurance of one order version: PENDING_QA, QUERIED (a liaison request is open) or QUALITY_ASSURED.';
comment on column quality_review.status is 'PENDING_QA, QUERIED or QUALITY_ASSURED.';
comment on column quality_review.findings is 'The enforceability findings (code, severity, clause, message) when last assessed.';
comment on column quality_review.error_count is 'How many ERROR findings: any blocks assurance unless a supervisor overrides.';
comment on column quality_review.assured_by is 'Who quality-assured the version (or system:carried-forward when only service changed).';
comment on column quality_review.assured_at is 'When.';
comment on column quality_review.override_reason is 'A supervisor''s recorded reason for assuring despite ERROR findings.';
comment on column quality_review.created_at is 'When the version arrived for review.';
comment on column quality_review.lock_version is 'Optimistic lock.';

create table liaison_request (
    id               uuid primary key,
    force_id         uuid          not null,
    order_id         uuid          not null references protective_order (id),
    order_version    integer       not null,
    court_id         uuid          references court (id),
    kind             varchar(30)   not null,
    status           varchar(20)   not null,
    subject          varchar(300)  not null,
    body             text          not null,
    raised_by        varchar(200)  not null,
    raised_at        timestamptz   not null,
    sent_to          varchar(320),
    due_at           timestamptz   not null,
    reminders_sent   integer       not null default 0,
    last_reminder_at timestamptz,
    response         text,
    responded_by     varchar(200),
    responded_at     timestamptz,
    lock_version     bigint        not null default 0
);
create unique index liaison_request_one_open_per_kind on liaison_request (order_id, kind) where status = 'OPEN';
create index liaison_request_force_status_idx on liaison_request (force_id, status, due_at);
comment on table liaison_request is 'A request from the point of contact to a court: MISSING_DATA, CLARIFY_WORDING, CONFIRM_CURRENT or CONFIRM_SERVICE.';
comment on column liaison_request.order_version is 'The version the request was raised about.';
comment on column liaison_request.court_id is 'The court asked; null when the order''s court is not in the directory.';
comment on column liaison_request.kind is 'MISSING_DATA, CLARIFY_WORDING, CONFIRM_CURRENT or CONFIRM_SERVICE.';
comment on column liaison_request.status is 'OPEN until the court answers (ANSWERED) or the point of contact withdraws it (WITHDRAWN).';
comment on column liaison_request.subject is 'Subject line of the e-mail or letter.';
comment on column liaison_request.body is 'The letter or e-mail text, generated from the findings and editable before sending.';
comment on column liaison_request.raised_by is 'Who raised it (or system:liaison-sweep).';
comment on column liaison_request.sent_to is 'E-mail address it was sent to; null when it must go by post.';
comment on column liaison_request.due_at is 'When an answer is due; reminders follow after it.';
comment on column liaison_request.reminders_sent is 'How many reminders have been sent.';
comment on column liaison_request.response is 'The court''s answer as recorded by the point of contact.';
