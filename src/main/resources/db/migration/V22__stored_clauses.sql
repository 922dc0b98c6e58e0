-- V22: terms are read once. Until now quality, flags and the breach check each parsed an order version's terms
-- again (the breach check twice), so one version could be read three or four times, and a better parser silently
-- changed what had been flagged. The orders module now reads the terms when it records a version and stores the
-- reading with it, in the terms module's own documented shape (docs/terms.md, "Stored readings"), with the version
-- of that shape and of the reading rules that made it. Versions recorded before this are read at start-up, one row
-- per statement, so a version is either read whole or not at all; a version not yet read is read on demand.
-- Versions stay evidence: the database still refuses any change to what a version states, and lets a reading be
-- written only where there was none, or replaced by one made with newer rules, keeping the one it replaces.

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

create table order_version_reading (
    order_id       uuid        not null,
    version        integer     not null,
    clauses        jsonb       not null,
    clauses_shape  integer     not null,
    clauses_parser integer     not null,
    read_at        timestamptz not null,
    replaced_at    timestamptz not null,
    primary key (order_id, version, read_at),
    foreign key (order_id, version) references order_version (order_id, version)
);
comment on table order_version_reading is 'Readings of a version''s terms replaced by a re-read with newer rules (docs/terms.md), kept as they were: what quality, flags and a breach check saw until then.';
comment on column order_version_reading.clauses is 'The replaced reading, in the stored shape.';
comment on column order_version_reading.clauses_shape is 'Its shape''s version.';
comment on column order_version_reading.clauses_parser is 'The reading rules it was read with.';
comment on column order_version_reading.read_at is 'When it was read.';
comment on column order_version_reading.replaced_at is 'When a re-read replaced it.';

-- Versions are evidence: what a version states is never rewritten. The one change allowed is to its reading:
-- written where there was none, or replaced by a reading with newer rules, the replaced one kept above.
create or replace function order_version_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and new.order_id = old.order_id and new.version = old.version and new.change_kind = old.change_kind
        and new.effective_from = old.effective_from and new.recorded_at = old.recorded_at
        and new.recorded_by = old.recorded_by and new.note is not distinct from old.note
        and new.details = old.details
        and new.clauses is not null
        and (old.clauses is null or new.clauses_parser > old.clauses_parser) then
        if old.clauses is not null then
            insert into order_version_reading (order_id, version, clauses, clauses_shape, clauses_parser, read_at,
                                               replaced_at)
            values (old.order_id, old.version, old.clauses, old.clauses_shape, old.clauses_parser,
                    old.clauses_read_at, now());
        end if;
        return new;
    end if;
    raise exception 'order_version rows are immutable: record a new version instead';
end;
$$;
