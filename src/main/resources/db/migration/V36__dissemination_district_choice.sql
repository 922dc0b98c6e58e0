-- V36: the district an order's briefing goes to when no protected person's postcode is in any district: the point of
-- contact chooses it, and the choice is kept so later versions of the order are briefed to the same district (until
-- a version carries a postcode that finds one).

create table order_district_choice (
    order_id    uuid         primary key,
    force_id    uuid         not null references force (id),
    district_id uuid         not null references district (id) on delete cascade,
    chosen_by   varchar(200) not null,
    chosen_at   timestamptz  not null
);
comment on table order_district_choice is 'The victim district the point of contact chose for an order with no postcode a district covers.';
comment on column order_district_choice.order_id is 'The order (protective_order; not a foreign key, the orders module owns that table).';
comment on column order_district_choice.chosen_by is 'Who chose it.';
