-- V29: the point of contact's word on where a place an order names is. The gazetteer matches a written address to a
-- property (UPRN) with a confidence; when that is below sure, or two properties match equally, the point of contact
-- confirms one during quality assurance or chooses "none of these" (the postcode's centre, marked approximate). The
-- choice is kept on the place (the order and the address as written, by its matching key), so the markers and the
-- breach check locate it the same way; a variation that rewrites the address is matched afresh.

create table place_match_choice (
    order_id     uuid         not null,
    address_key  varchar(600) not null,
    force_id     uuid         not null,
    address      varchar(500) not null,
    uprn         bigint,
    chosen_by    varchar(100) not null,
    chosen_at    timestamptz  not null,
    primary key (order_id, address_key)
);
comment on table place_match_choice is 'Where the point of contact confirmed a place of an order is: a property of the address gazetteer, or its postcode''s centre.';
comment on column place_match_choice.order_id is 'The order whose term names the place (no foreign key: the places module does not own orders).';
comment on column place_match_choice.address_key is 'The address as written, folded for matching (case, punctuation, abbreviations).';
comment on column place_match_choice.force_id is 'The force that holds the order.';
comment on column place_match_choice.address is 'The address as the order writes it.';
comment on column place_match_choice.uprn is 'The property chosen (Unique Property Reference Number); null for "none of these: use the postcode''s centre".';
comment on column place_match_choice.chosen_by is 'The point of contact who chose (username).';
comment on column place_match_choice.chosen_at is 'When.';
