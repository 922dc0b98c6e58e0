-- V23: a marker's end follows the newest recorded version of its order. The flags module used to ask the orders
-- module, for every version recorded, whether it was still the newest before moving the markers' end; it now acts on
-- the event alone (which says what the version states), so it remembers which version the end was taken from and
-- never lets an older version's event, handled late, move the end back.

alter table marker add column end_version integer;

comment on column marker.end_version is 'The order version expires_at was last taken from (a version recorded, or the version assured when raised); an event about an older version does not move it. Null for a marker raised before V23.';
