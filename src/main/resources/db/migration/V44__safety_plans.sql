-- V44: safety plans. The measures protecting the victims of one order (each protected person, and the children),
-- kept as versions: each save is a new version with who and when, so what the plan said at any time can be read
-- back. One row per version; the measures of a version are its JSON (a plan is read and written whole).

create table safety_plan_version (
    id           uuid primary key,
    force_id     uuid           not null references force (id),
    order_id     uuid           not null,
    version      integer        not null,
    recorded_at  timestamptz    not null,
    recorded_by  varchar(200)   not null,
    change       varchar(300)   not null,
    measures     jsonb          not null,
    constraint safety_plan_version_uk unique (order_id, version)
);
create index safety_plan_version_force_idx on safety_plan_version (force_id, order_id);
comment on table safety_plan_version is 'A version of the safety plan for the victims of an order: every save makes one; never rewritten.';
comment on column safety_plan_version.order_id is 'The order whose protected people the plan is for (protective_order; the orders module owns that table).';
comment on column safety_plan_version.version is '1, 2, 3 ... per order; unique, so two people saving at once cannot both make the same version.';
comment on column safety_plan_version.recorded_by is 'Who saved this version.';
comment on column safety_plan_version.change is 'What this version changed, in words ("Added: Alarm for Jane Smith").';
comment on column safety_plan_version.measures is 'The measures in place: for each its id, the person it protects, its kind (ORDERS_HELD, BAIL_CONDITIONS, DVPN, DVPO, DAPN, DAPO, LOCATION_OF_INTEREST, TARGET_HARDENING, ALARM, CHILDRENS_SOCIAL_CARE, SCHOOL_INFORMED, MARAC, OTHER), details, owner, review date, end date and, for a Location of Interest, the marker raised.';

-- The breaches reported against each order, as safeguarding heard of them (BreachReported): the risk meeting's agenda
-- asks the risk module for their assessments to tell which orders ending soon are high-risk.
create table safeguarding_order_breach (
    order_id    uuid          not null,
    report_id   uuid          not null,
    force_id    uuid          not null references force (id),
    reference   varchar(40)   not null,
    reported_at timestamptz   not null,
    primary key (order_id, report_id)
);
comment on table safeguarding_order_breach is 'Breach reports against an order (breaches owns them; not foreign keys), for finding the order''s risk assessments.';
