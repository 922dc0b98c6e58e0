-- V62: monitoring, part 3: a DAPO's notification requirements (Domestic Abuse Act 2021 s.39: the respondent notifies
-- the police of every name they use and their home address within three days, and of any change within three days).
-- Whether an order imposes them, and from when the three days run (service or the order), is read from its terms or
-- recorded by the point of contact when the terms do not say. Each duty has a due day (monitoring.duties.DueDateRule);
-- one not met by then is raised once to its owner as a possible breach to consider, with the order's text.

create table dapo_requirement (
    order_id              uuid primary key,
    force_id              uuid          not null references force (id),
    notification          boolean       not null,
    notification_from     varchar(10),
    electronic_monitoring boolean       not null,
    note                  varchar(2000),
    recorded_at           timestamptz   not null,
    recorded_by           varchar(100)  not null
);
comment on table dapo_requirement is 'The requirements of a DAPO as the point of contact records them when its terms do not say (what the terms say is read from monitoring_order.terms_text).';
comment on column dapo_requirement.order_id is 'The DAPO (protective_order; not a foreign key).';
comment on column dapo_requirement.force_id is 'The force; every read is scoped to it.';
comment on column dapo_requirement.notification is 'Whether the order imposes notification requirements (names and home address).';
comment on column dapo_requirement.notification_from is 'SERVICE or ORDER: whether the three days run from service on the respondent or from the order being made.';
comment on column dapo_requirement.electronic_monitoring is 'Whether the order imposes an electronic monitoring requirement.';
comment on column dapo_requirement.note is 'Where the requirement is found (the court''s letter, a call to the court).';
comment on column dapo_requirement.recorded_at is 'When it was recorded.';
comment on column dapo_requirement.recorded_by is 'Who recorded it (the point of contact).';

create table notification_duty (
    id               uuid primary key,
    force_id         uuid          not null references force (id),
    order_id         uuid          not null,
    kind             varchar(10)   not null,
    starts_on        date          not null,
    started_by_event varchar(200)  not null,
    due_on           date          not null,
    met_at           timestamptz,
    raised_at        timestamptz,
    raised_to        varchar(200),
    order_text       text,
    created_at       timestamptz   not null,
    unique (order_id, kind, starts_on)
);
create index notification_duty_open_idx on notification_duty (force_id, due_on) where met_at is null;
comment on table notification_duty is 'A duty of a DAPO''s respondent to notify the police: the first notification (names and home address) or of a change.';
comment on column notification_duty.id is 'The duty''s id.';
comment on column notification_duty.force_id is 'The force; every read is scoped to it.';
comment on column notification_duty.order_id is 'The DAPO imposing it.';
comment on column notification_duty.kind is 'INITIAL (names and home address) or CHANGE (a change of name or address).';
comment on column notification_duty.starts_on is 'The day the three days begin: the day of service or of the order (INITIAL), or of the change (CHANGE).';
comment on column notification_duty.started_by_event is 'What started it, in words ("served 3 December 2026 at 23:10").';
comment on column notification_duty.due_on is 'The last day on which the notification is in time (monitoring.duties.DueDateRule).';
comment on column notification_duty.met_at is 'When a notification meeting it was received; null while unmet.';
comment on column notification_duty.raised_at is 'When the unmet duty was raised to its owner as a possible breach; once per duty.';
comment on column notification_duty.raised_to is 'Who it was raised to: the priority subject''s owner, else the force''s point of contact.';
comment on column notification_duty.order_text is 'The order''s terms when it was raised, for the owner to judge the possible breach. May hold C8 details: every view passes through orders.Confidentiality.';
comment on column notification_duty.created_at is 'When the register made the duty.';

create table notification_received (
    id                   uuid primary key,
    force_id             uuid          not null references force (id),
    order_id             uuid          not null,
    duty_id              uuid references notification_duty (id),
    received_at          timestamptz   not null,
    received_where       varchar(200)  not null,
    names                varchar(1000),
    no_fixed_abode       boolean       not null,
    address_line1        varchar(200),
    address_line2        varchar(200),
    address_town         varchar(100),
    address_postcode     varchar(10),
    address_confidential boolean       not null,
    changed_on           date,
    in_time              boolean       not null,
    recorded_at          timestamptz   not null,
    recorded_by          varchar(100)  not null
);
create index notification_received_order_idx on notification_received (order_id, received_at);
comment on table notification_received is 'A notification the respondent gave the police under a DAPO: where, when, and what (names, home address, or no fixed abode).';
comment on column notification_received.id is 'The notification''s id.';
comment on column notification_received.force_id is 'The force; every read is scoped to it.';
comment on column notification_received.order_id is 'The DAPO.';
comment on column notification_received.duty_id is 'The duty it met (the first notification, or a change).';
comment on column notification_received.received_at is 'When the respondent notified.';
comment on column notification_received.received_where is 'Where (the police station or office).';
comment on column notification_received.names is 'Every name the respondent said they use, one a line.';
comment on column notification_received.no_fixed_abode is 'The respondent said they have no fixed abode.';
comment on column notification_received.address_line1 is 'The home address notified: the respondent''s, masked by the confidentiality rule where it must be.';
comment on column notification_received.address_line2 is 'Second line of the address.';
comment on column notification_received.address_town is 'Town of the address.';
comment on column notification_received.address_postcode is 'Postcode of the address, upper case.';
comment on column notification_received.address_confidential is 'The address is to be withheld from those not entitled to C8 details (orders.Confidentiality).';
comment on column notification_received.changed_on is 'For a change: the day the name or address changed, from which the three days ran.';
comment on column notification_received.in_time is 'Whether it was received by the duty''s due day.';
comment on column notification_received.recorded_at is 'When it was recorded.';
comment on column notification_received.recorded_by is 'Who recorded it.';
