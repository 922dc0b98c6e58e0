-- V82: a marker on an order's respondent in the force told of the order (issue 13, part 4). When the respondent lives
-- in another force's area that force receives an existence notice (transfers); the flags module now also raises a
-- person marker on the respondent under that force, exported through the same outbox to its national and force
-- systems, labelled as another force's order with that force's 24/7 telephone and reference. It mirrors the owning
-- force's own SUBJECT marker (name, date of birth, part, end), so it is raised only once the order has been
-- quality-assured, and it carries no address, no place and no C8 detail. It is withdrawn, and the withdrawal
-- exported, when the notice is withdrawn, when the order ends, or when the case is transferred to that force.

create table marker_notice (
    order_id           uuid         not null,
    told_force_id      uuid         not null references force (id),
    owning_force_id    uuid         not null references force (id),
    contact_telephone  varchar(40),
    reference          varchar(100),
    order_type         varchar(40),
    area               varchar(4)   not null,
    given_at           timestamptz  not null,
    withdrawn_at       timestamptz,
    primary key (order_id, told_force_id)
);
comment on table marker_notice is 'The existence notices the flags module was told of: for each, a marker on the respondent is kept in the told force while the owning force''s own subject marker is active.';
comment on column marker_notice.order_id is 'The order (protective_order; the orders module owns that table).';
comment on column marker_notice.told_force_id is 'The force told: the one policing the respondent''s address.';
comment on column marker_notice.owning_force_id is 'The force that holds the order.';
comment on column marker_notice.contact_telephone is 'The owning force''s 24/7 control-room telephone, as its sharing settings gave it when told.';
comment on column marker_notice.reference is 'The owning force''s reference for the order (the court''s case number).';
comment on column marker_notice.order_type is 'The order''s type, as the existence card names it.';
comment on column marker_notice.area is 'The respondent''s postcode district that decided the notice; never an address.';
comment on column marker_notice.given_at is 'When the notice was (last) given.';
comment on column marker_notice.withdrawn_at is 'When it was withdrawn; null while it stands.';

alter table marker add column held_by_force_id uuid references force (id);
alter table marker add column held_by_contact varchar(40);
alter table marker add column held_by_reference varchar(100);
alter table marker add column area varchar(4);
comment on column marker.held_by_force_id is 'For a marker raised because another force told this one of its order (the respondent lives here): the force that holds the order. Null for the force''s own markers.';
comment on column marker.held_by_contact is 'For such a marker: the owning force''s 24/7 control-room telephone.';
comment on column marker.held_by_reference is 'For such a marker: the owning force''s reference (the court''s case number).';
comment on column marker.area is 'For such a marker: the respondent''s postcode district in this force''s area (never an address).';
comment on column marker.withdrawal is 'Why: EXPIRED, DISCHARGED, VARIED, RELOCATED, NO_LONGER_NEEDED, TRANSFERRED or NOTICE_WITHDRAWN (the respondent no longer lives in the told force''s area).';
