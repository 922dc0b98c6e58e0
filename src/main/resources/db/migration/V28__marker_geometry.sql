-- V28: a place marker carries where the place is, not only its address: the located point (WGS84, as the places
-- module measures), how it was located (at the property from the address gazetteer, or only at its postcode's centre
-- with how far out that may be) and the UPRN and match confidence behind it. The control room's place index and the
-- breach check measure from this point, and receiving systems are sent it. A change of location withdraws the marker
-- (RELOCATED) and raises its new version, exported like any other marker change. Markers raised before V28 have no
-- point; readers then fall back to the postcode's centre.

alter table marker add column latitude double precision;
alter table marker add column longitude double precision;
alter table marker add column location_precision varchar(20);
alter table marker add column likely_error_metres integer;
alter table marker add column uprn bigint;
alter table marker add column match_confidence double precision;

comment on column marker.latitude is 'For a located place: the latitude of the point its zone is drawn around (WGS84).';
comment on column marker.longitude is 'For a located place: the longitude of that point (WGS84).';
comment on column marker.location_precision is 'PROPERTY (at the property, from the address gazetteer) or POSTCODE_CENTRE (approximate: the postcode''s centre).';
comment on column marker.likely_error_metres is 'How far the property may be from the point: 0 at the property; for a postcode''s centre, its furthest known property.';
comment on column marker.uprn is 'The property''s Unique Property Reference Number, when located at one.';
comment on column marker.match_confidence is 'How closely the written address matched the property, 0 to 1 (1: exact or confirmed by the point of contact).';
comment on column marker.withdrawal is 'Why: EXPIRED, DISCHARGED, VARIED (replaced by a changed marker) or RELOCATED (replaced by the same place at a new point).';
