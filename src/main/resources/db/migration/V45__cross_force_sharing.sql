-- V45: across forces (issue 13, parts 1, 2 and 4). Each force decides which other forces' control rooms may learn
-- that it holds an order (the national existence check, which shows only a card: never addresses, C8 details, other
-- parties or the full terms), and gives the 24/7 telephone for its orders. A postcode-area reference table says which
-- force polices a respondent's address, so that force is sent an existence notice. A control room that wants more
-- than the card asks the owning force; the request is kept for the owning force's point of contact.

create table force_sharing (
    force_id               uuid          primary key references force (id),
    shares_by_default      boolean       not null default true,
    control_room_telephone varchar(40),
    updated_at             timestamptz   not null,
    updated_by             varchar(200)  not null
);
comment on table force_sharing is 'A force''s settings for the national existence check; a force with no row shares with every force (the default) and gives no telephone.';
comment on column force_sharing.force_id is 'The force whose orders the settings are about (the owning force).';
comment on column force_sharing.shares_by_default is 'Whether other forces'' lookups find this force''s orders as cards, unless an exception below says otherwise for one force. False turns sharing off.';
comment on column force_sharing.control_room_telephone is 'The 24/7 control-room telephone another force calls about this force''s orders; shown on every card.';
comment on column force_sharing.updated_at is 'When the settings were last changed.';
comment on column force_sharing.updated_by is 'Who last changed them (an administrator of the force).';

create table force_sharing_exception (
    force_id         uuid    not null references force (id),
    partner_force_id uuid    not null references force (id),
    shares           boolean not null,
    primary key (force_id, partner_force_id),
    constraint force_sharing_exception_self_ck check (force_id <> partner_force_id)
);
comment on table force_sharing_exception is 'One force''s sharing with one other force where it differs from its default (on for a force when the default is off, or off for one when it is on).';
comment on column force_sharing_exception.force_id is 'The owning force, whose settings these are.';
comment on column force_sharing_exception.partner_force_id is 'The force whose users the exception is about (they search).';
comment on column force_sharing_exception.shares is 'Whether that force''s lookups find the owning force''s orders.';

create table force_postcode_area (
    area       varchar(4)  primary key,
    force_code varchar(40) not null,
    constraint force_postcode_area_ck check (area ~ '^[A-Z]{1,2}([0-9][A-Z0-9]?)?$')
);
comment on table force_postcode_area is 'Reference data: which force polices a postcode area (LS) or district (LS6); a district beats its area. Used to tell the force where a respondent lives.';
comment on column force_postcode_area.area is 'A postcode area (one or two letters) or district (outward code), upper case.';
comment on column force_postcode_area.force_code is 'The code of the force (force.code) that polices it; a code no force has is ignored.';
-- the demo forces' made-up areas (no real postcode starts NX or SV)
insert into force_postcode_area (area, force_code) values ('NX', 'northshire'), ('SV', 'southvale');

create table existence_notice (
    id                uuid         primary key,
    order_id          uuid         not null,
    owning_force_id   uuid         not null references force (id),
    notified_force_id uuid         not null references force (id),
    area              varchar(4)   not null,
    notified_at       timestamptz  not null,
    withdrawn_at      timestamptz,
    constraint existence_notice_uk unique (order_id, notified_force_id)
);
create index existence_notice_notified_idx on existence_notice (notified_force_id, notified_at desc);
comment on table existence_notice is 'A read-only notice to the force where an order''s respondent lives that another force holds the order; that force''s lookup finds it as a card. Holds no address.';
comment on column existence_notice.order_id is 'The order (protective_order; the orders module owns that table).';
comment on column existence_notice.owning_force_id is 'The force that holds the order.';
comment on column existence_notice.notified_force_id is 'The force told: the one policing the respondent''s address.';
comment on column existence_notice.area is 'The respondent''s postcode district (outward code) that decided it; never the full address.';
comment on column existence_notice.notified_at is 'When the force was first told.';
comment on column existence_notice.withdrawn_at is 'When a later version put the respondent outside the force''s area; null while it stands.';

create table information_request (
    id                  uuid          primary key,
    order_id            uuid          not null,
    owning_force_id     uuid          not null references force (id),
    requesting_force_id uuid          not null references force (id),
    requested_by        varchar(200)  not null,
    requested_at        timestamptz   not null,
    reason              varchar(100)  not null,
    note                varchar(1000),
    answered_at         timestamptz,
    answered_by         varchar(200)
);
create index information_request_owning_idx on information_request (owning_force_id, requested_at desc);
comment on table information_request is 'A request from another force''s user for more than the existence card of an order; the owning force''s point of contact sees it and marks it answered.';
comment on column information_request.order_id is 'The order asked about (protective_order).';
comment on column information_request.owning_force_id is 'The force that holds the order and is asked.';
comment on column information_request.requesting_force_id is 'The force of the user who asked.';
comment on column information_request.requested_by is 'The user who asked.';
comment on column information_request.requested_at is 'When they asked.';
comment on column information_request.reason is 'Their incident or log number.';
comment on column information_request.note is 'What they need and how to reach them, in their words.';
comment on column information_request.answered_at is 'When the owning force''s point of contact marked it answered; null while open.';
comment on column information_request.answered_by is 'Who marked it answered.';

comment on column access_log.force_code is 'The force of the user who acted. It differs from the log''s force (force_id) only for another force''s enquiry written into the owning force''s log (the national existence check).';
