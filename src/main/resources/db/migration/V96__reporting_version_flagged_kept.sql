-- V96: when each order version's flags were first in place, kept once, so "receipt to flags raised" no longer loses a
-- notification when its order gets a later version (docs/reporting.md, "How the counts are kept fast").
--
-- V88 kept notification.first_flag_at as the first raised_at of the markers whose order_version is the
-- notification's. But marker.order_version is the version a marker last carried, not the one it was raised for: when
-- a later version is assured (a variation, or a service recorded after assurance, which carries the assurance
-- forward: most served orders), the flags module moves each marker the new version still calls for to it
-- (MarkerService.apply sets order_version and leaves raised_at), withdraws the rest (they keep their version) and
-- raises what is new. The trigger then found no marker of the earlier version and cleared its notifications'
-- first_flag_at, and gave the new version the moved markers' raised_at, from before the version existed (a negative
-- time for a notification that brought it).
--
-- order_version_flagged keeps, for each order version, the first instant a marker carried it: the raised_at of a
-- marker raised carrying it, or, for a marker moved to it, the moment of the move (marker.changed_at, the database's
-- clock, V8: nothing else on the row says when). A version's row is written once and only ever moved earlier; a
-- marker withdrawn, moved on or deleted leaves it, since the flags were in place then whatever happened later. It goes
-- with the order on disposal (on delete cascade). first_flag_at is read from it, by the same two paths as V88's: a
-- statement trigger on marker for the notifications of the versions that were first flagged, and the row trigger on
-- notification when its order version is set or changes. Flags code neither reads nor writes the table.

create table order_version_flagged (
    order_id      uuid        not null references protective_order (id) on delete cascade,
    order_version integer     not null,
    first_flag_at timestamptz not null,
    primary key (order_id, order_version)
);
comment on table order_version_flagged is 'When a marker first carried each order version (raised for it, or moved to it): kept by triggers on marker (V96) for reporting; never cleared by a marker moving on; removed with the order.';

-- a marker raised carrying a version, or moved to one: the version's first instant is kept, or moved earlier
create function order_version_flagged_from_markers() returns trigger language plpgsql as $$
declare
    came jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(jsonb_build_array(order_id, order_version, at)) into came
        from (select order_id, order_version, min(raised_at) as at from new_rows
              group by order_id, order_version) c;
    else
        -- only the rows whose version changed: a withdrawal, a new end or a new point moves no version
        select jsonb_agg(jsonb_build_array(order_id, order_version, at)) into came
        from (select n.order_id, n.order_version, min(n.changed_at) as at
              from new_rows n join old_rows o on o.id = n.id
              where n.order_version is distinct from o.order_version or n.order_id is distinct from o.order_id
              group by n.order_id, n.order_version) c;
    end if;
    if came is null then
        return null;
    end if;
    with kept as (
        insert into order_version_flagged as f (order_id, order_version, first_flag_at)
        select (k ->> 0)::uuid, (k ->> 1)::int, (k ->> 2)::timestamptz from jsonb_array_elements(came) k
        on conflict (order_id, order_version) do update set first_flag_at = excluded.first_flag_at
            where excluded.first_flag_at < f.first_flag_at
        returning f.order_id, f.order_version, f.first_flag_at)
    update notification n set first_flag_at = k.first_flag_at
    from kept k
    where n.order_id = k.order_id and n.order_version = k.order_version
      and n.first_flag_at is distinct from k.first_flag_at;
    return null;
end
$$;

-- V88's triggers on marker go: they recomputed from the markers as they stand, and cleared what had been true
drop trigger notification_flags_marker_insert on marker;
drop trigger notification_flags_marker_update on marker;
drop trigger notification_flags_marker_delete on marker;
drop function notification_flags_from_markers();

create trigger order_version_flagged_marker_insert after insert on marker
    referencing new table as new_rows for each statement execute function order_version_flagged_from_markers();
create trigger order_version_flagged_marker_update after update on marker
    referencing old table as old_rows new table as new_rows for each statement
    execute function order_version_flagged_from_markers();

-- a notification given or changing its order version reads the review and the kept first flag of that version
create or replace function notification_intake_steps_read() returns trigger language plpgsql as $$
begin
    if new.order_id is null or new.order_version is null then
        new.qa_assured_at := null;
        new.first_flag_at := null;
    else
        new.qa_assured_at := (select q.assured_at from quality_review q
                              where q.order_id = new.order_id and q.version = new.order_version);
        new.first_flag_at := (select f.first_flag_at from order_version_flagged f
                              where f.order_id = new.order_id and f.order_version = new.order_version);
    end if;
    return new;
end
$$;

-- Every order version flagged before today, from what the markers and reviews still say. The flags module raises a
-- version's markers, and moves the ones it keeps, when the version is assured, and only then; so a marker that carries
-- version v, or a later one, carried v from the later of its raising and v's assurance if it was raised before the
-- next version was assured and not withdrawn before v's. Exact for a marker raised for v (raised after v's assurance);
-- for a marker moved to v, v's assurance, which is a little before the move (the flags module does it after the
-- assurance commits: seconds, normally), the move itself being written nowhere once the marker has changed again. A
-- Location of Interest is never moved: its raised_at, for its own version; so is any marker of a version with no
-- assured review (V88's value). Cannot be known: a version the flags module never applied because a later one had been
-- applied first is counted as flagged at its assurance.
with review as (
    select q.order_id, q.version, q.assured_at,
           min(q.assured_at) over (partition by q.order_id order by q.version
                                   rows between 1 following and unbounded following) as next_assured_at
    from quality_review q where q.assured_at is not null
), carried as (
    select r.order_id, r.version, greatest(m.raised_at, r.assured_at) as at
    from review r join marker m on m.order_id = r.order_id
    where m.kind <> 'LOCATION_OF_INTEREST' and m.order_version >= r.version
      and m.raised_at < coalesce(r.next_assured_at, 'infinity')
      and (m.withdrawn_at is null or m.withdrawn_at > r.assured_at)
    union all
    select m.order_id, m.order_version, m.raised_at
    from marker m
    where m.kind = 'LOCATION_OF_INTEREST'
       or not exists (select 1 from quality_review q where q.order_id = m.order_id and q.version = m.order_version
                      and q.assured_at is not null)
)
insert into order_version_flagged (order_id, order_version, first_flag_at)
select order_id, version, min(at) from carried group by order_id, version;

update notification n set first_flag_at = f.first_flag_at
from order_version_flagged f
where f.order_id = n.order_id and f.order_version = n.order_version
  and n.first_flag_at is distinct from f.first_flag_at;
update notification n set first_flag_at = null
where n.first_flag_at is not null
  and not exists (select 1 from order_version_flagged f
                  where f.order_id = n.order_id and f.order_version = n.order_version);

comment on column notification.first_flag_at is 'When a marker first carried the order version this notification became (raised for it, or moved to it); read from order_version_flagged, kept by triggers on marker (V96) and notification (V88) for reporting.';
