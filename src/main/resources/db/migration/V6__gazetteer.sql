-- V6: the gazetteer. Every postcode of the ONS Postcode Directory (ONSPD) with its centroid, police force area and
-- local authority, so that a postcode on an order or in a call resolves to a place on the map and to the force
-- that polices it. Loaded by an administrator from the directory's CSV file; an import updates rows in place, so
-- importing the same file twice changes nothing and a newer file brings terminations and new postcodes.

create table gazetteer_postcode (
    postcode          varchar(8)   primary key,
    latitude          double precision,
    longitude         double precision,
    police_force_area varchar(9),
    local_authority   varchar(9),
    introduced        date,
    terminated        date,
    import_id         uuid         not null,
    check ((latitude is null) = (longitude is null)),
    check (latitude is null or latitude between -90 and 90),
    check (longitude is null or longitude between -180 and 180)
);
comment on table gazetteer_postcode is 'A postcode of the ONS Postcode Directory: where it is and which force area and local authority it is in. Terminated postcodes are kept (old papers use them).';
comment on column gazetteer_postcode.postcode is 'The postcode in normal form: upper case, one space before the inward code (the directory''s pcds).';
comment on column gazetteer_postcode.latitude is 'WGS84 latitude of the postcode''s centroid; null when the directory gives no location (its 99.999999 sentinel).';
comment on column gazetteer_postcode.longitude is 'WGS84 longitude of the centroid; null exactly when latitude is.';
comment on column gazetteer_postcode.police_force_area is 'ONS code of the police force area (the directory''s pfa, e.g. E23000010); null when none is given.';
comment on column gazetteer_postcode.local_authority is 'ONS code of the local authority district (the directory''s oslaua, e.g. E08000035); null when none is given.';
comment on column gazetteer_postcode.introduced is 'First day of the month the postcode was introduced (the directory''s dointr, YYYYMM).';
comment on column gazetteer_postcode.terminated is 'First day of the month the postcode was terminated (doterm); null while it is live.';
comment on column gazetteer_postcode.import_id is 'The import that last wrote this row.';
create index gazetteer_postcode_force_area_idx on gazetteer_postcode (police_force_area);
-- For "the postcodes near this point": a latitude band read from the index, longitude filtered in it.
create index gazetteer_postcode_location_idx on gazetteer_postcode (latitude, longitude) where latitude is not null;

create table gazetteer_import (
    id            uuid primary key,
    username      varchar(200)  not null,
    source        varchar(1000) not null,
    status        varchar(20)   not null,
    rows_read     integer       not null default 0,
    rows_loaded   integer       not null default 0,
    rows_changed  integer       not null default 0,
    rows_rejected integer       not null default 0,
    no_location   integer       not null default 0,
    terminated    integer       not null default 0,
    bytes_total   bigint,
    bytes_read    bigint        not null default 0,
    failure       varchar(2000),
    created_at    timestamptz   not null,
    finished_at   timestamptz,
    progressed_at timestamptz   not null
);
create index gazetteer_import_created_idx on gazetteer_import (created_at desc);
comment on table gazetteer_import is 'An import of the ONS Postcode Directory into the gazetteer, with its progress and counts.';
comment on column gazetteer_import.username is 'The administrator who started it.';
comment on column gazetteer_import.source is 'The uploaded file''s name, or the server-side path it was read from.';
comment on column gazetteer_import.status is 'RUNNING, FINISHED or FAILED (stopped early, see failure; rows already written stay).';
comment on column gazetteer_import.rows_read is 'Data rows read so far: the progress.';
comment on column gazetteer_import.rows_loaded is 'Rows written to the gazetteer (inserted or updated).';
comment on column gazetteer_import.rows_changed is 'Rows that were new or differed from what the gazetteer held; 0 when the same file is imported again.';
comment on column gazetteer_import.bytes_total is 'Size of the file, when known, for the progress bar.';
comment on column gazetteer_import.bytes_read is 'Bytes of the file read so far.';
comment on column gazetteer_import.rows_rejected is 'Rows refused (see gazetteer_import_error).';
comment on column gazetteer_import.no_location is 'Rows loaded without a location (the directory''s 99.999999 sentinel).';
comment on column gazetteer_import.terminated is 'Rows loaded that are terminated postcodes.';
comment on column gazetteer_import.failure is 'Why the import stopped before the end of the file, when it did.';
comment on column gazetteer_import.created_at is 'When it started.';
comment on column gazetteer_import.finished_at is 'When it finished or failed.';
comment on column gazetteer_import.progressed_at is 'When it last reported progress; a RUNNING import that has not moved for long was cut off by a restart.';

create table gazetteer_import_error (
    import_id   uuid          not null references gazetteer_import (id) on delete cascade,
    line_number bigint        not null,
    postcode    varchar(40),
    reason      varchar(500)  not null,
    primary key (import_id, line_number)
);
comment on table gazetteer_import_error is 'A row an import refused, and why; only the first 1,000 of an import are kept (the count is on the import).';
comment on column gazetteer_import_error.import_id is 'The import.';
comment on column gazetteer_import_error.line_number is 'The row''s record number in the file; the header is 1.';
comment on column gazetteer_import_error.postcode is 'The postcode the row gave, as written, so it can be found in the file.';
comment on column gazetteer_import_error.reason is 'Why it was refused.';
