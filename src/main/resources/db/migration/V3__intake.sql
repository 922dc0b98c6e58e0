-- V3: intake. Every notification of a protective order, however it arrived (court feed, e-mail, upload, manual
-- entry), is stored here before it is acknowledged, with the original documents, and stays until the force's point
-- of contact accepts it into an order, rejects it or marks it a duplicate.

create table notification (
    id                  uuid primary key,
    force_id            uuid         not null references force (id),
    source              varchar(20)  not null,
    manual_origin       varchar(30),
    external_reference  varchar(200),
    received_at         timestamptz  not null,
    received_by         varchar(200) not null,
    status              varchar(20)  not null,
    data                jsonb        not null,
    offered_change      varchar(30),
    matched_order_id    uuid,
    order_id            uuid,
    order_version       integer,
    rejection_reason    varchar(2000),
    duplicate_of        uuid references notification (id),
    decided_at          timestamptz,
    decided_by          varchar(200),
    email_subject       varchar(1000),
    email_from          varchar(1000),
    email_date          timestamptz,
    without_notice      boolean      not null default false,
    return_hearing_at   timestamptz,
    row_version         bigint       not null default 0,
    constraint notification_source_ck check (source in ('COURT_FEED', 'EMAIL', 'UPLOAD', 'MANUAL')),
    constraint notification_status_ck check (status in ('NEW', 'IN_REVIEW', 'ACCEPTED', 'REJECTED', 'DUPLICATE')),
    constraint notification_manual_origin_ck check ((source = 'MANUAL') = (manual_origin is not null)),
    constraint notification_accepted_ck check (status <> 'ACCEPTED' or (order_id is not null and order_version is not null)),
    constraint notification_rejected_ck check (status <> 'REJECTED' or rejection_reason is not null),
    constraint notification_duplicate_ck check (status <> 'DUPLICATE' or duplicate_of is not null)
);
-- Idempotency of deliveries: the same sender's same reference is one notification however often it arrives.
create unique index notification_delivery_uk on notification (force_id, source, external_reference)
    where external_reference is not null;
create index notification_queue_idx on notification (force_id, status, received_at);
comment on table notification is 'A notice that a protective order was made, varied, extended, discharged or served, as received; the point of contact''s queue.';
comment on column notification.force_id is 'The force whose queue it is in (a court-feed account delivers to its own force).';
comment on column notification.source is 'How it arrived: COURT_FEED, EMAIL, UPLOAD or MANUAL.';
comment on column notification.manual_origin is 'For manual entry, who told the force: OTHER_FORCE, PARTNER_AGENCY, VICTIM, SOLICITOR or COURT_OTHER.';
comment on column notification.external_reference is 'The sender''s reference; unique per force and source, so a repeated delivery is recognised.';
comment on column notification.received_at is 'When the register stored it (UTC); its age in the queue is counted from here.';
comment on column notification.received_by is 'The account that delivered or entered it.';
comment on column notification.status is 'NEW, IN_REVIEW, ACCEPTED, REJECTED or DUPLICATE.';
comment on column notification.data is 'The order as the notification describes it (court-feed JSON shape), corrected by the point of contact; may be incomplete until accepted.';
comment on column notification.offered_change is 'What it would do to an order already held for the same court, case and type: NEW_ORDER, VARIATION, EXTENSION, DISCHARGE or SERVICE_CONFIRMATION.';
comment on column notification.matched_order_id is 'The order already held for the same court, case number and type, when one was found.';
comment on column notification.order_id is 'When accepted: the order it created or changed.';
comment on column notification.order_version is 'When accepted: the order version it produced.';
comment on column notification.rejection_reason is 'When rejected: why.';
comment on column notification.duplicate_of is 'When marked duplicate: the notification it repeats.';
comment on column notification.decided_at is 'When it was accepted, rejected or marked duplicate.';
comment on column notification.decided_by is 'Who accepted, rejected or marked it duplicate.';
comment on column notification.email_subject is 'For an e-mail: its subject.';
comment on column notification.email_from is 'For an e-mail: its sender.';
comment on column notification.email_date is 'For an e-mail: the date it was sent.';
comment on column notification.without_notice is 'Copied from data for the queue''s urgency order: the order was made without notice.';
comment on column notification.return_hearing_at is 'Copied from data for the queue''s urgency order: the return hearing.';
comment on column notification.row_version is 'Optimistic lock: two people deciding the same notification cannot both succeed.';

create table notification_document (
    id              uuid primary key,
    notification_id uuid          not null references notification (id),
    filename        varchar(500)  not null,
    content_type    varchar(200)  not null,
    size_bytes      bigint        not null,
    sha256          char(64)      not null,
    extracted_text  text,
    stored_at       timestamptz   not null
);
create index notification_document_notification_idx on notification_document (notification_id);
comment on table notification_document is 'A document that came with a notification (an order PDF, an e-mail and its attachments), as received.';
comment on column notification_document.notification_id is 'The notification it came with.';
comment on column notification_document.filename is 'The name it was sent with.';
comment on column notification_document.content_type is 'Its media type as sent or detected, e.g. application/pdf, message/rfc822.';
comment on column notification_document.size_bytes is 'Its size in bytes.';
comment on column notification_document.sha256 is 'SHA-256 of the original bytes (hex), proving the copy held is the one received.';
comment on column notification_document.extracted_text is 'Text extracted from it (PDF text, e-mail body) for the point of contact to read; null when none could be.';
comment on column notification_document.stored_at is 'When it was stored (UTC).';

create table notification_document_content (
    document_id uuid  primary key references notification_document (id),
    content     bytea not null
);
comment on table notification_document_content is 'The original bytes of a notification document, kept apart so lists never load them.';
comment on column notification_document_content.document_id is 'The document the bytes are.';
comment on column notification_document_content.content is 'The bytes exactly as received.';
