-- V22: terms are read once. Until now quality, flags and the breach check each parsed an order version's terms
-- again (the breach check twice), so one version could be read three or four times, and a better parser silently
-- changed what had been flagged. The orders module now reads the terms when it records a version and stores the
-- reading with it, in the terms module's own documented shape (docs/terms.md, "Stored readings"), with the version
-- of that shape and of the reading rules that made it. Versions recorded before this are read at start-up, one row
-- per statement, so a version is either read whole or not at all; a version not yet read is read on demand.

alter table order_version
    add column clauses        jsonb,
    add column clauses_shape  integer,
    add column clauses_parser integer,
    add column clauses_read_at timestamptz,
    add constraint order_version_clauses_whole check (
        (clauses is null) = (clauses_shape is null)
        and (clauses is null) = (clauses_parser is null)
        and (clauses is null) = (clauses_read_at is null));

create index order_version_unread_idx on order_version (order_id, version) where clauses is null;

comment on column order_version.clauses is 'The version''s terms read into clauses once, in the terms module''s stored shape (docs/terms.md): every clause with the court''s paragraph it came from. Null only for a version recorded before V22 and not yet read.';
comment on column order_version.clauses_shape is 'Version of the stored shape of clauses (terms.TermsReader.SHAPE_VERSION when written).';
comment on column order_version.clauses_parser is 'Version of the reading rules that read clauses (terms.TermsReader.PARSER_VERSION when read): what this version was read with.';
comment on column order_version.clauses_read_at is 'When clauses were read: when the version was recorded, or when it was backfilled or re-read (docs/terms.md).';
