-- V19: properties. The postcode directory (V6) places a postcode at its centre, which can be hundreds of metres from
-- a door: too coarse for a 50 or 100 metre exclusion zone. Forces hold Ordnance Survey AddressBase under the Public
-- Sector Geospatial Agreement: one UPRN per property with its coordinates. Its CSV is imported here through the same
-- import jobs as the postcode directory, so that a place in an order is located at its property.

alter table gazetteer_import add column kind varchar(30) not null default 'POSTCODE_DIRECTORY';
comment on column gazetteer_import.kind is 'What the file was: POSTCODE_DIRECTORY (the ONS Postcode Directory) or ADDRESSBASE (properties with UPRNs and coordinates).';

create table gazetteer_property (
    uprn            bigint           primary key,
    sub_building    varchar(200),
    building_name   varchar(200),
    building_number varchar(40),
    street          varchar(200),
    locality        varchar(200),
    town            varchar(200),
    postcode        varchar(8),
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    line_key        varchar(700)     not null,
    import_id       uuid             not null
);
comment on table gazetteer_property is 'A property of the address gazetteer (AddressBase): its Unique Property Reference Number, address and coordinates. National reference data, not personal data.';
comment on column gazetteer_property.uprn is 'The Unique Property Reference Number (Ordnance Survey), the property''s identity for every public body.';
comment on column gazetteer_property.sub_building is 'The flat, apartment or unit (AddressBase SUB_BUILDING_NAME), e.g. Flat 3.';
comment on column gazetteer_property.building_name is 'The house or building name (BUILDING_NAME), e.g. Rose Cottage.';
comment on column gazetteer_property.building_number is 'The house number (BUILDING_NUMBER), with a letter or as a range when the file gives one.';
comment on column gazetteer_property.street is 'The street (THOROUGHFARE, else STREET_DESCRIPTION).';
comment on column gazetteer_property.locality is 'The dependent locality, when there is one.';
comment on column gazetteer_property.town is 'The post town (POST_TOWN, else TOWN_NAME).';
comment on column gazetteer_property.postcode is 'The postcode in normal form (POSTCODE_LOCATOR, else POSTCODE); null for a property without one.';
comment on column gazetteer_property.latitude is 'WGS84 latitude of the property (AddressBase LATITUDE).';
comment on column gazetteer_property.longitude is 'WGS84 longitude of the property (AddressBase LONGITUDE).';
comment on column gazetteer_property.line_key is 'The matching key of the first line (sub-building, name, number and street) as places.AddressKeys makes it: for matching, never for showing.';
comment on column gazetteer_property.import_id is 'The import that last wrote this row.';
-- A place written with its postcode is matched among that postcode's properties (a few dozen at most).
create index gazetteer_property_postcode_idx on gazetteer_property (postcode);
-- A place written without a postcode is matched by its first line's key.
create index gazetteer_property_line_key_idx on gazetteer_property (line_key);
