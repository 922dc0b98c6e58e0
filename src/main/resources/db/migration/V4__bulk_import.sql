-- V4: bulk import of a force's existing orders from a CSV export of its spreadsheet. A job row is written when a
-- file is accepted and updated as rows are done, so the import page can show progress and, at the end, a report
-- line per row. The file itself is not kept: the orders it held are in the register, and the rest is not needed.

create table import_job (
    id              uuid primary key,
    force_id        uuid         not null references force (id),
    username        varchar(200) not null,
    filename        varchar(300) not null,
    dry_run         boolean      not null,
    status          varchar(20)  not null,
    total_rows      integer      not null,
    rows_done       integer      not null default 0,
    imported        integer      not null default 0,
    skipped         integer      not null default 0,
    failed          integer      not null default 0,
    ignored_columns varchar(2000),
    failure         varchar(2000),
    created_at      timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    progressed_at   timestamptz  not null
);
create index import_job_force_created_idx on import_job (force_id, created_at desc);
comment on table import_job is 'A bulk import of orders from a CSV file, with its progress; read only by its own force.';
comment on column import_job.force_id is 'The force the orders were imported into (the uploading user''s force).';
comment on column import_job.username is 'Who uploaded the file; the import ran as them.';
comment on column import_job.filename is 'The uploaded file''s name, as the user''s computer called it.';
comment on column import_job.dry_run is 'True when the file was only validated and nothing was imported.';
comment on column import_job.status is 'QUEUED, RUNNING, FINISHED or FAILED (stopped early, see failure).';
comment on column import_job.total_rows is 'Data rows in the file.';
comment on column import_job.rows_done is 'Rows validated and imported (or refused) so far: the progress bar.';
comment on column import_job.imported is 'Rows imported (in a dry run: rows that would be).';
comment on column import_job.skipped is 'Rows skipped because the force already held that court''s order of that type in that case.';
comment on column import_job.failed is 'Rows refused because of errors.';
comment on column import_job.ignored_columns is 'Columns of the file the import does not know, comma-separated; their values were not imported.';
comment on column import_job.failure is 'Why the job stopped before its last row, when it did.';
comment on column import_job.created_at is 'When the file was accepted.';
comment on column import_job.started_at is 'When the first row was started.';
comment on column import_job.finished_at is 'When the job finished or failed.';
comment on column import_job.progressed_at is 'When the job last moved on; a job unfinished and still for long was interrupted by a restart.';

create table import_row (
    job_id      uuid        not null references import_job (id) on delete cascade,
    row_number  integer     not null,
    case_number varchar(200),
    outcome     varchar(20) not null,
    order_id    uuid,
    primary key (job_id, row_number)
);
comment on table import_row is 'The report line of one row of a bulk import.';
comment on column import_row.job_id is 'The import.';
comment on column import_row.row_number is 'The row as a spreadsheet numbers it: the header is row 1, the first order row 2.';
comment on column import_row.case_number is 'The case number the row gave, so the user can find the row.';
comment on column import_row.outcome is 'IMPORTED, VALID (dry run), SKIPPED (already held) or ERROR.';
comment on column import_row.order_id is 'The order the row became, when imported.';

create table import_row_error (
    job_id     uuid          not null,
    row_number integer       not null,
    seq        integer       not null,
    field      varchar(100)  not null,
    reason     varchar(2000) not null,
    primary key (job_id, row_number, seq),
    foreign key (job_id, row_number) references import_row (job_id, row_number) on delete cascade
);
comment on table import_row_error is 'Why a row of a bulk import was refused: one line per column at fault.';
comment on column import_row_error.seq is 'Order in which the errors were found.';
comment on column import_row_error.field is 'The column at fault (or the order field the register refused).';
comment on column import_row_error.reason is 'What is wrong with it, in words the user can act on.';
