-- V55: electronic monitoring (issue 14, part 4): devices linked to orders, the location points and device events a
-- monitoring provider's feed sends (stored before they are acknowledged, idempotent per device and time), and the
-- alerts raised to the control room when a point enters a zone, a device is tampered with or falls silent.

create table monitoring_device (
    id           uuid primary key,
    force_id     uuid          not null,
    device_id    varchar(64)   not null,
    order_id     uuid          not null,
    linked_at    timestamptz   not null,
    linked_by    varchar(200)  not null,
    unlinked_at  timestamptz,
    unlinked_by  varchar(200)
);
create unique index monitoring_device_live_uq on monitoring_device (force_id, device_id, order_id) where unlinked_at is null;
create index monitoring_device_device_idx on monitoring_device (force_id, device_id);
create index monitoring_device_order_idx on monitoring_device (order_id);
comment on table monitoring_device is 'A monitoring device worn by an order''s respondent, linked to that order (one row per link; a device on a respondent with two orders has two live rows).';
comment on column monitoring_device.force_id is 'The force whose order it is; the feed and every reader are scoped to it.';
comment on column monitoring_device.device_id is 'The provider''s device identifier, as the feed sends it (letters, digits, dot, dash, underscore).';
comment on column monitoring_device.order_id is 'The order whose respondent wears the device; its zones are checked against the device''s points.';
comment on column monitoring_device.linked_at is 'When the point of contact linked the device to the order.';
comment on column monitoring_device.linked_by is 'Who linked it (user name).';
comment on column monitoring_device.unlinked_at is 'When the link ended (device removed or order over); null while live.';
comment on column monitoring_device.unlinked_by is 'Who ended the link.';

create table monitoring_location (
    force_id        uuid              not null,
    device_id       varchar(64)       not null,
    at              timestamptz       not null,
    received_at     timestamptz       not null,
    latitude        double precision  not null,
    longitude       double precision  not null,
    accuracy_metres double precision  not null,
    primary key (force_id, device_id, at)
);
create index monitoring_location_received_idx on monitoring_location (received_at);
comment on table monitoring_location is 'Location points from the monitoring feed, kept for nmo.monitoring.retention (90 days by default) then deleted. One row per device and time: a resend is not stored twice.';
comment on column monitoring_location.force_id is 'The force of the feed account that sent it.';
comment on column monitoring_location.device_id is 'The device that reported the point.';
comment on column monitoring_location.at is 'When the device was there (the device''s clock, as sent).';
comment on column monitoring_location.received_at is 'When the register received and stored it (the first time, for a resend).';
comment on column monitoring_location.latitude is 'WGS84 latitude in degrees.';
comment on column monitoring_location.longitude is 'WGS84 longitude in degrees.';
comment on column monitoring_location.accuracy_metres is 'Radius of the device''s accuracy circle in metres (0 = exact).';

create table monitoring_device_event (
    force_id     uuid          not null,
    device_id    varchar(64)   not null,
    at           timestamptz   not null,
    kind         varchar(20)   not null,
    received_at  timestamptz   not null,
    detail       varchar(500),
    primary key (force_id, device_id, at, kind),
    constraint monitoring_device_event_kind_ck check (kind in ('TAMPER', 'STRAP', 'LOW_BATTERY', 'NO_SIGNAL', 'CHARGING'))
);
create index monitoring_device_event_received_idx on monitoring_device_event (received_at);
comment on table monitoring_device_event is 'Device events from the monitoring feed; idempotent per device, time and kind; kept as long as the points.';
comment on column monitoring_device_event.force_id is 'The force of the feed account that sent it.';
comment on column monitoring_device_event.device_id is 'The device that reported it.';
comment on column monitoring_device_event.at is 'When it happened (the device''s clock).';
comment on column monitoring_device_event.kind is 'TAMPER, STRAP (strap cut or opened), LOW_BATTERY, NO_SIGNAL or CHARGING.';
comment on column monitoring_device_event.received_at is 'When the register stored it.';
comment on column monitoring_device_event.detail is 'The provider''s words about it, if any (no personal data expected).';

create table monitoring_alert (
    id               uuid primary key,
    force_id         uuid              not null,
    order_id         uuid              not null,
    device_id        varchar(64)       not null,
    kind             varchar(24)       not null,
    episode_key      varchar(80)       not null,
    zone_id          varchar(80),
    place_kind       varchar(200),
    place_area       varchar(20),
    place_address    varchar(500),
    place_confidential boolean         not null default false,
    term_number      integer,
    radius_metres    double precision,
    at               timestamptz       not null,
    received_at      timestamptz       not null,
    last_at          timestamptz       not null,
    updated_at       timestamptz       not null,
    points           integer           not null default 1,
    distance_metres  double precision,
    latitude         double precision,
    longitude        double precision,
    accuracy_metres  double precision,
    ended_at         timestamptz,
    status           varchar(16)       not null default 'OPEN',
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(200),
    closed_at        timestamptz,
    closed_by        varchar(200),
    outcome          varchar(30),
    outcome_note     varchar(2000),
    constraint monitoring_alert_kind_ck check (kind in ('ZONE_ENTRY', 'POSSIBLE_ZONE_ENTRY', 'DEVICE_TAMPER', 'SIGNAL_LOST', 'LOW_BATTERY')),
    constraint monitoring_alert_status_ck check (status in ('OPEN', 'ACKNOWLEDGED', 'CLOSED'))
);
-- One episode open at a time per device and zone (or per device and device-alert kind): repeated points inside the
-- same zone update it instead of raising another, even when two batches arrive at once.
create unique index monitoring_alert_episode_uq on monitoring_alert (force_id, device_id, episode_key) where ended_at is null;
create index monitoring_alert_order_idx on monitoring_alert (order_id, received_at desc);
create index monitoring_alert_force_idx on monitoring_alert (force_id, status, received_at desc);
comment on table monitoring_alert is 'An alert to the owning force''s control room: a zone entered (or possibly entered), a device tampered with, its signal lost, its battery low. One row per episode, updated while it lasts.';
comment on column monitoring_alert.force_id is 'The force whose control room gets it.';
comment on column monitoring_alert.order_id is 'The order whose zone or respondent it concerns.';
comment on column monitoring_alert.device_id is 'The device.';
comment on column monitoring_alert.kind is 'ZONE_ENTRY, POSSIBLE_ZONE_ENTRY (the accuracy circle overlaps the zone), DEVICE_TAMPER, SIGNAL_LOST or LOW_BATTERY.';
comment on column monitoring_alert.episode_key is 'What the episode is about: zone:<zone id> for an entry, else the kind; unique among open episodes of a device.';
comment on column monitoring_alert.zone_id is 'The zone (place marker id) entered; null for a device alert.';
comment on column monitoring_alert.place_kind is 'The kind of place (the applicant''s home, a school), shown to everyone.';
comment on column monitoring_alert.place_area is 'The postcode district of the place (NX1), shown to everyone.';
comment on column monitoring_alert.place_address is 'The place''s address as the order writes it; shown only to roles entitled to it when confidential.';
comment on column monitoring_alert.place_confidential is 'Whether the place''s address is C8 confidential.';
comment on column monitoring_alert.term_number is 'The number of the order''s term that draws the zone, when known.';
comment on column monitoring_alert.radius_metres is 'The zone''s radius in metres.';
comment on column monitoring_alert.at is 'When the device first reported it (the first point inside, the event, the last point before the gap).';
comment on column monitoring_alert.received_at is 'When the register raised the alert.';
comment on column monitoring_alert.last_at is 'The latest point or event of the episode (device time).';
comment on column monitoring_alert.updated_at is 'When the register last changed the row (a new point, acknowledgement, closure).';
comment on column monitoring_alert.points is 'How many points or events the episode has had.';
comment on column monitoring_alert.distance_metres is 'Closest distance from the device''s point to the place (its centre), in metres, over the episode.';
comment on column monitoring_alert.latitude is 'The device''s latest point in the episode (the respondent''s location, not the victim''s).';
comment on column monitoring_alert.longitude is 'See latitude.';
comment on column monitoring_alert.accuracy_metres is 'The accuracy circle of that point.';
comment on column monitoring_alert.ended_at is 'When the episode ended: the device left the zone, a point came after a gap, the alert was closed. Null while it lasts.';
comment on column monitoring_alert.status is 'OPEN, ACKNOWLEDGED (someone in the control room has it) or CLOSED (with an outcome).';
comment on column monitoring_alert.acknowledged_at is 'When it was acknowledged.';
comment on column monitoring_alert.acknowledged_by is 'Who acknowledged it.';
comment on column monitoring_alert.closed_at is 'When it was closed.';
comment on column monitoring_alert.closed_by is 'Who closed it.';
comment on column monitoring_alert.outcome is 'BREACH_REPORTED, ATTENDED_NO_BREACH, PERMITTED_EXCEPTION, DEVICE_FAULT or NO_ACTION_NEEDED.';
comment on column monitoring_alert.outcome_note is 'What was done, in the closer''s words.';
