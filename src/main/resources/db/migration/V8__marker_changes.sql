-- V8: when each marker last changed, stamped by the database itself, so every instance's lookup can pick up what
-- changed since it last looked (read models are kept fresh by polling this, across instances).

alter table marker add column changed_at timestamptz not null default clock_timestamp();
create index marker_changed_idx on marker (changed_at);
comment on column marker.changed_at is 'When the marker was last raised, changed or withdrawn (database clock).';

create function marker_touch() returns trigger language plpgsql as $$
begin
    new.changed_at := clock_timestamp();
    return new;
end;
$$;
create trigger marker_touch before insert or update on marker for each row execute function marker_touch();
