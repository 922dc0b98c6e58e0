-- V88: the two intake steps that happen on other tables, kept on the notification, so "time from receipt" is read
-- from one index of the notifications alone (docs/reporting.md, "How the counts are kept fast").
--
-- "Receipt to quality assurance" and "receipt to flags raised" joined each notification of the period with its order
-- version's quality review and with the markers of that version grouped (the view reporting_flag): PostgreSQL read all
-- 200,000 reviews to hash them (and would group every marker of the force) for a year's 44,000 notifications. The
-- instants are copied instead, in the same transaction as whatever writes them:
--
-- * notification.qa_assured_at: when the quality review of the notification's order version was assured (null while
--   it is not), kept by a statement trigger on quality_review and, for a notification whose order version is set or
--   changed, by a row trigger on notification that reads the review;
-- * notification.first_flag_at: when the first marker of that order version was raised (withdrawn ones included, as
--   reporting_flag counted them), kept the same way from marker;
-- * the hours from receipt to each are stored generated columns, computed with the expression the reports used.
--
-- Intake, quality and flags code neither reads nor writes these columns (their entities do not map them); the
-- notification goes with its rows on disposal. The rule is the view's, so every figure is the one it was.

-- the hours from receipt are generated from the kept instants, with the expression the reports used
alter table notification
    add column qa_assured_at timestamptz,
    add column first_flag_at timestamptz,
    add column qa_hours double precision generated always as (
        cast(extract(epoch from (qa_assured_at - received_at)) as double precision) / 3600) stored,
    add column flags_hours double precision generated always as (
        cast(extract(epoch from (first_flag_at - received_at)) as double precision) / 3600) stored;
comment on column notification.qa_assured_at is 'When the quality review of the order version this notification became was assured; kept by triggers on quality_review and notification (V88) for reporting.';
comment on column notification.first_flag_at is 'When the first marker of the order version this notification became was raised; kept by triggers on marker and notification (V88) for reporting.';

-- what the triggers look up: a notification by its order version, the markers of an order version
create index notification_order_version_idx on notification (order_id, order_version) where order_id is not null;
create index marker_order_version_raised_idx on marker (order_id, order_version) include (raised_at);

-- a notification given or changing its order version reads the review and the markers of that version
create function notification_intake_steps_read() returns trigger language plpgsql as $$
begin
    if new.order_id is null or new.order_version is null then
        new.qa_assured_at := null;
        new.first_flag_at := null;
    else
        new.qa_assured_at := (select q.assured_at from quality_review q
                              where q.order_id = new.order_id and q.version = new.order_version);
        new.first_flag_at := (select min(m.raised_at) from marker m
                              where m.order_id = new.order_id and m.order_version = new.order_version);
    end if;
    return new;
end
$$;
create trigger notification_intake_steps_insert before insert on notification
    for each row execute function notification_intake_steps_read();
create trigger notification_intake_steps_update before update of order_id, order_version on notification
    for each row when (new.order_id is distinct from old.order_id or new.order_version is distinct from old.order_version)
    execute function notification_intake_steps_read();

-- a review written or removed: the notifications of its order version take its assurance
create function notification_qa_from_reviews() returns trigger language plpgsql as $$
declare
    keys jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(jsonb_build_array(order_id, version)) into keys from new_rows;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(jsonb_build_array(order_id, version)) into keys from old_rows;
    else
        select jsonb_agg(jsonb_build_array(order_id, version)) into keys
        from (select order_id, version from new_rows union select order_id, version from old_rows) k;
    end if;
    update notification n
    set qa_assured_at = (select q.assured_at from quality_review q
                         where q.order_id = n.order_id and q.version = n.order_version)
    from (select distinct (k ->> 0)::uuid as order_id, (k ->> 1)::int as version
          from jsonb_array_elements(coalesce(keys, '[]'::jsonb)) k) c
    where n.order_id = c.order_id and n.order_version = c.version
      and n.qa_assured_at is distinct from (select q.assured_at from quality_review q
                                            where q.order_id = n.order_id and q.version = n.order_version);
    return null;
end
$$;
create trigger notification_qa_review_insert after insert on quality_review
    referencing new table as new_rows for each statement execute function notification_qa_from_reviews();
create trigger notification_qa_review_update after update on quality_review
    referencing old table as old_rows new table as new_rows for each statement
    execute function notification_qa_from_reviews();
create trigger notification_qa_review_delete after delete on quality_review
    referencing old table as old_rows for each statement execute function notification_qa_from_reviews();

-- a marker raised, changed or removed: the notifications of its order version take the first raising
create function notification_flags_from_markers() returns trigger language plpgsql as $$
declare
    keys jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(jsonb_build_array(order_id, order_version)) into keys from new_rows;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(jsonb_build_array(order_id, order_version)) into keys from old_rows;
    else
        select jsonb_agg(jsonb_build_array(order_id, order_version)) into keys
        from (select order_id, order_version from new_rows union select order_id, order_version from old_rows) k;
    end if;
    update notification n
    set first_flag_at = (select min(m.raised_at) from marker m
                         where m.order_id = n.order_id and m.order_version = n.order_version)
    from (select distinct (k ->> 0)::uuid as order_id, (k ->> 1)::int as version
          from jsonb_array_elements(coalesce(keys, '[]'::jsonb)) k) c
    where n.order_id = c.order_id and n.order_version = c.version
      and n.first_flag_at is distinct from (select min(m.raised_at) from marker m
                                            where m.order_id = n.order_id and m.order_version = n.order_version);
    return null;
end
$$;
create trigger notification_flags_marker_insert after insert on marker
    referencing new table as new_rows for each statement execute function notification_flags_from_markers();
create trigger notification_flags_marker_update after update on marker
    referencing old table as old_rows new table as new_rows for each statement
    execute function notification_flags_from_markers();
create trigger notification_flags_marker_delete after delete on marker
    referencing old table as old_rows for each statement execute function notification_flags_from_markers();

-- every notification today
update notification n set qa_assured_at = q.assured_at
from quality_review q where q.order_id = n.order_id and q.version = n.order_version and q.assured_at is not null;
update notification n set first_flag_at = f.first_raised_at
from (select order_id, order_version, min(raised_at) as first_raised_at from marker group by order_id, order_version) f
where f.order_id = n.order_id and f.order_version = n.order_version;

comment on column notification.qa_hours is 'Hours from receipt to quality assurance of the version it became (reporting). Generated; never written.';
comment on column notification.flags_hours is 'Hours from receipt to the first flag of the version it became (reporting). Generated; never written.';

-- the intake figures' index: every column they count by
drop index if exists notification_force_received_idx;
create index notification_force_received_idx on notification (force_id, received_at)
    include (source, status, decided_hours, qa_hours, flags_hours, order_id);

create or replace view reporting_notification as
select n.id as notification_id, n.force_id, n.source, n.status, n.received_at, n.decided_at, n.order_id,
       n.order_version, n.decided_hours, n.qa_assured_at, n.first_flag_at, n.qa_hours, n.flags_hours
from notification n;
comment on view reporting_notification is 'Each notification''s channel, state and times, the order version it became, and the hours from receipt to triage, quality assurance and flags (V87, V88): no content.';
